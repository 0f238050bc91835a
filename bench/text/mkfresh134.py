#!/usr/bin/env python3
"""Hand-written texts for fresh134 (domestic-servitude emphasis). Each entry holds
its own text and labels; abbreviations below are expanded to the fixed codes."""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oc": "overcrowded_accommodation", "sw": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "cedl": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

E = []
def T(text, ind="", sig="", typ="", risk="l"):
    E.append({"text": " ".join(text.split()) if "\n" not in text else text.strip(),
              "indicators": [IND[x] for x in ind.split()],
              "signs": [SIG[x] for x in sig.split()],
              "exploitation": [TYP[x] for x in typ.split()],
              "risk": RISK[risk]})

# ---- part 1 ----
T("INT suggests female POI, approx 30s, Filipino national, living at 14 Ashdown Crescent with the KHALIL family. Works as housekeeper since arrival on domestic worker visa 2023. Neighbour reports never seen leaving the address alone, always with the wife. Grading 2/C/P.",
  "RM", "rm et", "D", "m")
T("She says that she came from Manila to look after the children of the employer's sister. She says she was told she would get 400 dollars a month. She says in two years she received nothing; the madam said the money goes to her family but her family says nothing arrived. She cooked, cleaned, ironed from 5 in the morning until after midnight. She slept on the floor of the children's room.",
  "DE WW EO AC", "lh sw ncw plc", "D", "h")
T("my neighbours have a girl living with them looks about 14 never goes to school i see her hanging washing and carrying shopping all day, they shout at her in another language. not right",
  "AV", "", "D", "h")
T("Referral from Year 9 head of year: A, 13, attendance 41% this term. Says she stays home to cook and clean for her uncle's household (7 adults) and look after the baby. Appears tired, hair unwashed, same uniform daily. Says uncle will 'send her back' if she complains.",
  "AV IT EO", "pa lh", "D", "h")
T("We employ a live-in nanny through a registered agency, she has her own room with ensuite, works 8-6 Monday to Friday, paid £2,300 a month into her own account and has weekends off. Posting here because a neighbour reported us to the council thinking she was trafficked.",
  "", "", "", "l")
T("Teenage son (15) reported by school for being tired; parent explained he has a paper round and does chores at weekends for pocket money. School satisfied, no further concerns.",
  "", "", "", "l")
T("Diplomatic household, Kensington. Ethiopian female, 26, presented at Kalayaan drop-in. Reports passport held by employer (a second secretary at an embassy) 'for safekeeping'. Works 7 days, no day off in 14 months. Paid £100 a month in cash. Not allowed to have a phone. Has never been out of the house except to take rubbish to the bins.\n\nBackground: she arrived on an overseas domestic worker visa in 2024 with the family from Addis Ababa. She has a sister in Doha who also works in a household and says she is treated well there.\n\nShe wishes to claim her unpaid wages; advised that diplomatic immunity may apply and referred to a solicitor. NRM referral made with her consent. Safe house place arranged through the victim care contract; she is there now.",
  "RD WW EO IS RM", "dt lh iso rm", "D", "h")
T("Caller states her sister-in-law is being kept at her brother's house in Bradford, made to cook and clean for the whole family, beaten by the mother-in-law when food is late. Caller says she is locked in when they go out. Caller believes she is there now alone.",
  "PV RM", "rm", "D", "i")
T("Au pair (Spanish, 20) living with family in Guildford under a written agreement: 25 hrs/week childcare, £120 pocket money per week, own room, two full days off, attends English classes. Came to police to report her stolen bicycle.\n\nThe bicycle, a blue Raleigh worth about £300, was taken from outside the library on Tuesday afternoon while she was at her class. She had locked it with a cable lock which was cut. The host father bought it for her as a birthday present. CCTV request sent to the council. She was given a crime reference and a leaflet on bike marking.\n\nOfficer notes she was relaxed, spoke good English, and mentioned she is going to Edinburgh with friends on her days off next month. No safeguarding concerns.",
  "", "", "", "l")
T("ENT: KOWALCZYK Ewa, DOB 03/02/1961. Cares full time for her husband after his stroke. Daughter worried she is exhausted. No third-party involvement, no exploitation. Signposted to carers support.",
  "", "", "", "l")
T("I was brought from Lagos by my aunty when I was 12. She told my mother I will go to school in London. I never go to school. I wake up first, I sleep last. I wash the cars of her husband, I clean her shop at weekends, I braid her customers hair for no money. When I ask about school she slap me and say I am ungrateful and she will call immigration to take me.",
  "AV DE PV IT EO WW", "lh foa", "D L", "h")
T("Public report: big house on Linden Road, one woman does all the cleaning, gardening, walks the dogs. Seen her at 6am and 11pm. Looks thin. Never speaks to anyone. Family drive off and she stays.",
  "EO IS", "lh pa iso", "D", "m")
T("999 call 22:14. Female, speaking broken English, states 'they lock me, I cannot go, please help'. Location triangulated to residential address in Harrow. Background noise of a man shouting. Caller says she works in the house and has not been out for months.",
  "RM AV", "rm", "D", "i")
T("MIDWIFE NOTE: Booking appointment. Woman (Pakistani national, spousal visa) attended with mother-in-law who answered all questions. When seen alone briefly, disclosed she does all household work for 9 family members, is not allowed out alone, and her husband holds her passport and BRP. Low weight for gestation. Safeguarding referral made.",
  "RM RD AV", "sfw rm dt pa", "D", "h")
T("Husband and wife arguing loudly at flat 3, neighbours called. Both spoken to; verbal argument about money. No injuries, no third party. Words of advice.",
  "", "", "", "l")
T("Caseworker note (Salvation Army): Client R, 34, Indian, recruited via agent in Kerala to work as cook for a family in Leicester. Paid agent 150,000 rupees. On arrival her passport was taken 'to register her'. Worked 16 hours a day. Told she must repay the agent fee before she receives a wage. Left after 11 months when a neighbour helped her.\n\nShe is now staying with a friend from church and works for a cleaning firm, paid weekly into her own account; she describes the new employer as fair. The agent in Kerala is still advertising similar 'family cook' jobs on WhatsApp groups; screenshots supplied and passed to the NCA liaison officer.",
  "DB RD EO WW", "uf dt lh", "D", "h")
T("Girl of 16 cleans my house once a week, her mum drops her off and picks her up, I pay her £30 cash in hand which she keeps. Is that child labour?? someone at work said I could get in trouble",
  "", "", "", "l")
T("INT: HAMID household Luton. Intelligence indicates a male, approx 50, Bangladeshi, undocumented, sleeps in the garage and works as cook/cleaner for family and at their restaurant. Paid in food and a bed. Family tell him police will deport him if he leaves. 3/C/P",
  "AV WW IT AC", "sw plc foa", "D L", "h")
T("Live-in carer for my dad via agency, she works 2 weeks on 2 off, gets breaks every day, paid the proper rate and has her own car. She's brilliant.",
  "", "", "", "l")
T("they keep the old lady from the philippines in the box room, she does everything for them cooking cleaning and taking care of there kids, she told my wife in the park she hasnt had a day off in 3 years and they have her pasport",
  "EO RD", "lh dt", "D", "m")
T("A&E: Female 40s, Sri Lankan, burns to forearms (iron), states 'accident'. Accompanied by employer who would not leave the cubicle. Patient appeared frightened, avoided eye contact. Employer said she is 'like family, she lives with us'. Patient later indicated via interpreter she is not paid and cannot go out.",
  "WW RM", "pa sfw rm", "D", "m")
T("Report of a 'maid' chained in outbuilding turned out to be the family's elderly dog kennel and a shed used for storage. Attending officers spoke with occupants, no persons found. NFA.",
  "", "", "", "l")
T("Forced marriage unit referral: Z, 19, brought to UK after marriage in Sylhet. Household of in-laws. Made to do all cooking and cleaning, not allowed to phone her parents, mother-in-law hits her with a slipper, husband says if she tells anyone he will divorce her and her family will be shamed and she will be sent back with nothing.\n\nZ's older sister in Birmingham made the first call. She says Z was a university student in Sylhet and was bright and confident. When the sister visited the address last month she was told Z was sleeping and could not be seen. Z's husband works as a taxi driver; his father owns two restaurants. Referral discussed with the Forced Marriage Unit and the local IDVA service; police welfare visit to be done with an interpreter and without family present.",
  "IS PV IT AV", "iso", "D", "h")
T("She says she wanted to come to England to study. A lady in Accra arranged the visa and said she could stay with a family and help a little with the children. When she arrived there were four children and an old man who needed washing. She says she has never been paid. She says she is told she owes £6,000 for the ticket and the visa and that her work is paying it back.",
  "DE DB WW AV", "", "D", "h")
T("Council tenancy officer visit. Household of 6 incl. grandmother who moved from Poland to help with childcare. Grandmother says she enjoys it, has her own bank account, pension paid to her, goes to church on Sundays with friends. No concerns.\n\nThe visit was prompted by a routine tenancy audit, not a complaint. The family (parents, three children and the grandmother) are in a 4-bedroom council house; the grandmother has her own room. The father works as an electrician and the mother as a dental nurse. The officer noted the property was in good repair and the rent account is up to date. The grandmother mentioned she may return to Kraków in the spring to see her other daughter.",
  "", "", "", "l")
T("VRM LK19 XTA registered to MR OSEI. Woman seen daily dropped at his home 06:00 and collected 23:00 by same male, works inside as cleaner/cook. Source states she is paid nothing, 'her husband takes it'. 2/B/P",
  "WW", "cedl et ncw", "D", "m")
T("My employer took my phone the first day. She said I don't need to call anybody because I live with them now. I did not know the address of the house. When the family went to Dubai for holiday they left me with food and the door locked.",
  "IS RM", "iso rm", "D", "m")
T("Nanny complaint to ACAS: employer paid her late last month by a week and she had to chase. Otherwise contract, holidays, own flat. Pay dispute resolved.",
  "", "", "", "l")
T("Debrief (interpreter): He says he was cleaning the house of a rich family in Chelsea, also washing the cars and working in the garden. He says he slept in the laundry room next to the boiler. He says he was given 50 pounds once a month but the man said the rest goes towards what he owes for the flight. He says the man's son hit him when he broke a glass.",
  "WW DB AC PV", "sw plc", "D", "h")
T("Child, 10, seen by school nurse. Fell asleep in class three days running. Mother works nights; child says she looks after her two younger brothers in the evening. Early help referral for family support. No indication of exploitation.",
  "", "", "", "l")
T("Woman knocking on doors in the street at 2am asking for help, no shoes, says the family she works for threw her out after she asked for her salary. Says her passport is still in their house. Taken to station; Nigerian national, 31.",
  "WW RD", "dt", "D", "m")
T("Housekeeper at the embassy residence is in the garden every day till late, poor thing, but she told me she gets Sundays off and goes to mass, and she sends her wages home herself through Western Union. Just wanted to check if thats normal hours?",
  "", "", "", "l")
T("INT suggests POI SINGH Harjit is bringing young women from Punjab on spouse visas for male relatives; women then used as unpaid domestic labour across several households in Southall and moved between them. Passports kept by SINGH. 2/C/C - not to be disclosed to partner agencies without OIC approval.",
  "RD WW", "dt", "D", "m")
T("Elderly gent asked his neighbour's daughter to do his shopping, she does it willingly and he gives her a bit of money. Another neighbour rang it in as exploitation. Spoke to both, they are friends. NFA.",
  "", "", "", "l")
T("I am a carer for my mum. I gave up my job to do it. No one makes me, I love her. but I am tired. Is there any help?",
  "", "", "", "l")
T("Safeguarding adults referral: Mr D, 44, learning disability, lives with his cousin's family, who collect his PIP and ESA. Neighbours describe him doing all the housework and garden, being shouted at, eating separately in the kitchen. He told his support worker he is not allowed to visit his day centre any more.",
  "AV RM", "ncw rm", "D", "m")
T("She says the madam told her in Nairobi she would be working for a doctor's family, 8 hours a day, with a contract and a salary of £700. She says there was no contract. She cleaned three houses belonging to the madam's relatives. She says when she cried the madam said she has already paid for her and she cannot leave until she has paid it back.",
  "DE DB RM", "rm", "D", "h")
T("Reported by the bank: elderly customer's daughter has third-party mandate and has been moving his pension into her own account for two years. He lives alone. Referred to adult social care for financial abuse.",
  "", "ncw", "", "l")
T("Officer handover: attended re concern for welfare at 7 Larch Close. Found a 17-year-old Vietnamese male sleeping in a cupboard under the stairs, states he cooks and cleans for the household and helps at their nail salon. No school. Household says he is a nephew. Not able to produce ID for him. Boy currently still at address, children's services informed, strategy meeting tomorrow.\n\nAlso present at the address: two adult women who rent the back room and work at a café in town. Both spoken to separately; both hold their own documents, pay rent to the owner and come and go as they please. No concerns about them.",
  "AV AC", "sw plc", "D L", "i")
T("Border Force, LHR T4: Female, 22, Moroccan, arriving with a Saudi family on an overseas domestic worker visa. Employer carrying her passport and answered all questions. When spoken to alone she did not know her wage or the address she was going to. Leaflet given, NRM info explained, she declined.",
  "RD IS", "dt sfw iso", "D", "m")
T("our au pair is leaving us, she had a contract 30 hours a week, £100 a week, own room, and she travelled around europe on her days off. she just wants to go home for uni. how do we find a new one",
  "", "", "", "l")
T("Debrief: I was married at 17 in Mirpur and came here. My husband's family said I must earn my place. I cleaned for the family and also for his two brothers' houses, every day. They took my gold and my passport. My husband raped me and said nobody will believe me because I have no papers. I was never allowed out except to the school gate with the children.",
  "AV PV RD RM IT", "dt rm", "D", "h")
T("GP note: Patient, 58, female, Filipino, attends for back pain. Works as a live-in housekeeper for a couple in Hampstead. Reports 5 day week, own room, paid £1,800/month, employer registered her with us and drove her to the appointment at her request. No safeguarding concerns.",
  "", "", "", "l")
T("Helpline call: caller's cousin works as a maid in a house in Birmingham. The employer has her passport. She is allowed to phone home once a month on the employer's phone with the employer listening.",
  "RD IS", "dt iso", "D", "m")
T("Neighbour dispute over parking and hedges, alleged threats to damage car. Both parties advised. Not a modern slavery matter.",
  "", "", "", "l")
T("Children's Services: E, 15, Eritrean, lives with 'aunt' (relationship unverified). Arrived 2024. Not registered with a school or a GP. E told worker she does the cooking and cleaning and takes aunt's children to nursery, and is not allowed her own phone. Aunt receives child benefit for her. Strategy discussion held.",
  "AV IS", "iso ncw", "D", "h")
T("THE FAMILY AT NO 22 HAVE A SLAVE!!!! I AM NOT JOKING she is out there 6 in the morning sweeping the drive and still washing windows at 10 at night in the rain, they wont even let her eat with them she eats on the back step. SOMEONE DO SOMETHING",
  "EO AC", "lh", "D", "m")
T("Press summary: A couple from Hertfordshire were jailed yesterday for holding a Nigerian woman in domestic servitude for eight years. The court heard she was made to work 18-hour days, sleep on the kitchen floor, and was told that her family in Nigeria would be cursed if she ran away. She was paid nothing throughout.\n\nThe couple, both in their fifties, ran a property letting business and were described by neighbours as pillars of the community. The judge said the victim had been treated 'as a possession rather than a person'.\n\nDetectives said the case began when a delivery driver noticed the woman at a window and called the Modern Slavery Helpline. The force urged the public to report concerns on 101 or to Crimestoppers anonymously.",
  "EO AC IT WW", "lh sw plc", "D", "h")
T("Live-in carer, Romanian, 50, works for agency in Kent. Agency takes £600 'placement fee' off first month's wages, disclosed in contract. Otherwise paid to her own account, rotations of 4 weeks, free to leave. Query from her about whether fee is lawful.",
  "", "uf", "", "l")
T("Grandad came to live with us from India. He helps with school runs because he wants to. Some teacher asked my son if grandad is forced to do it lol. No he just loves the kids",
  "", "", "", "l")
T("Safeguarding referral from dentist: 14 y/o boy, very poor dental health, accompanied by a man who said he was his uncle and that he 'helps with the house'. Boy said he does not go to school because he looks after the house and the uncle's elderly mother, and that the uncle keeps his passport. Boy appeared scared when uncle returned.",
  "AV RD", "pa dt sfw", "D", "h")
T("She says when she asked for a day off the employer's wife showed her a video on her phone of a woman being beaten and said 'this is what happens to girls who are lazy'. She says she did not go out for one year.",
  "IT RM", "rm", "D", "h")
T("INT: Female, Ukrainian, placed with host family via Homes for Ukraine, reports being asked to clean and babysit in exchange for room; says she is happy to help, has a job at a café, keeps her own wages and documents. 2/B/P. No MSHT concerns.",
  "", "", "", "l")
T("Caller says a man is living in a shed at the back of a house on Queens Road, he does the garden and the house for the family, gets leftovers, has no heater and has been there since last winter. Caller thinks he is Romanian, doesn't speak English.",
  "AC AV", "sw plc", "D", "m")
T("Forced to work in the house of the man who brought me from Vietnam. Every morning cook for 10 people, clean, wash clothes. He said I owed 20,000 dollars for the journey and each week he tell me more because food and the room. He hit me with a belt. I am 16.",
  "AV DB PV", "", "D", "h")
T("Referral from health visitor: mother of 3 with a 'helper' from Indonesia who lives in. Helper seen several times, confident, speaks some English, has own phone, told HV she has Sundays off and her salary is paid into her bank. No concerns.",
  "", "", "", "l")
T("debrief. I clean big house in Surrey for Mr and Mrs A. I work from 6am to 1am. Only bread and tea. I lose 12 kilos. They keep my ID. I cannot speak English and I don't know where I am. Mrs A said if I go outside the police will put me in prison.",
  "EO AC RD AV IS IT", "lh pa dt foa iso", "D", "h")
T("Police National Database check: OLUWA Tunde, no trace. Reported missing by his employer (a family in Croydon) after he left their home where he worked as a driver and gardener. Located safe and well at friend's address, says he left because he found a better paid job. No exploitation concerns.",
  "", "", "", "l")
T("Husband's mother makes his wife get up at 4 to prepare food for the whole house and she is not given money for bus so she cannot go to see her mum or go to college. She is from Gujarat and speaks little English. She is kept in the house all day.",
  "AV RM EO", "rm lh", "D", "h")
T("INT: female, possibly under 18, Roma, seen begging outside Tesco Express Peckham with infant; collected by male in VRM BD67 UHY at 19:30. Same female reportedly does housework at the male's address. 3/C/P.",
  "AV", "cedl", "C D", "h")
T("A lady from my church lives with a family and looks after their disabled son. She is paid, she came to this country legally on a care worker visa, and she says they treat her well. The boss offered to keep her passport in his office safe 'so it doesn't get lost' but she said no thanks and keeps it in her own room.",
  "", "", "", "l")
T("Kalayaan caseworker: S, 38, Indonesian, worked for a family in Qatar, brought to London for summer. Escaped from a flat in Knightsbridge. States locked in with the children when employers went out, given leftovers, no salary for 7 months, phone confiscated. Employers left UK. NRM referral made with consent.\n\nS says two other women worked for the same family in Doha, an Ethiopian cook and a Kenyan nanny, but they stayed behind in Qatar and she does not know how they are. The Knightsbridge flat was rented for eight weeks through a letting agent who has supplied the tenancy papers. S has a brother in Jakarta whom she has now phoned from the shelter. She is receiving support with her immigration status.",
  "RM WW IS AC", "rm iso", "D", "h")
T("Mum reports 17yo daughter refuses to do any chores and is rude when asked to tidy her room. Advice given. Not a police matter.",
  "", "", "", "l")
T("Teacher concern: Y8 pupil says at home she must wash the whole family's clothes by hand, cook dinner and clean before she can do homework, often until 1am. Step-mother 'beats her with a spoon' if not done. Her own siblings do not do chores. Father works away.",
  "AV PV EO", "lh", "D", "h")
T("101: Man from Sudan says he worked as a houseboy for a family in Cardiff for two years after they met him in Calais. Family promised to sort his asylum claim. He says they never did, he got paid nothing, and they told him the Home Office would send him back if he went outside. He left this morning and is at the station now.",
  "DE WW IT AV", "foa", "D", "h")
T("Public report: I think a girl is trafficked at the takeaway on High St. Sorry I was wrong - I spoke to her and she's the owner's daughter, she helps out on Saturdays and goes to college. Please ignore my previous message.",
  "", "", "", "l")
T("GLAA did not attend - domestic work out of scope. Referred by Unseen: Polish male, 60, alcoholic, taken in by a couple who give him vodka and a mattress in their conservatory in return for all cleaning, cooking and care of their disabled son, 'they said I'd be on the street otherwise'.",
  "AV AC", "sw plc", "D", "m")
T("She says that the man's wife was kind at first. After the first month she was told her salary would be kept by the wife 'so you do not waste it' and she would get it when she goes home. She has been there three years and has not seen the money.",
  "WW", "ncw", "D", "m")
T("Daughter-in-law aged 22 from Pakistan. Report from her sister abroad: she is locked in her room at night, has bruises, only allowed to call home with the in-laws present, works all day in the house and at the family's corner shop. Sister believes she is at the address now and fears for her life.",
  "RM PV IS EO", "rm pa iso lh", "D L", "i")
T("Short note: Filipina cleaner, works for a family, paid £12/hr, lives out, asked if her employer can ask for her passport for right to work check. Advised employer may copy it and return. No concern.",
  "", "", "", "l")
T("INT suggests 14-year-old female from Albania living with adult male and his wife in Ilford. Child not in education, seen cleaning windows and carrying heavy shopping. Male overheard saying 'she was cheap'. 2/C/P",
  "AV", "", "D", "h")
T("Woman, 45, from the Philippines, says the family she works for in Maida Vale are good to her. She has her own room, TV and phone, gets £2,000 a month, and every Thursday she meets friends in Hyde Park. Asked the council to confirm her visa status after a renewal delay.",
  "", "", "", "l")
T("Referral: young man, 19, Gambian, living with a pastor and his family, does all domestic chores and works unpaid in the church hall and at the pastor's car wash. Told God will punish him if he leaves. Pastor holds his passport.",
  "WW IT RD", "dt", "D L", "h")
T("I cook, I clean, I wash car, I look after two small children and grandmother. Sleep on sofa after everyone go to bed. Madam say I am lucky because in my country I have nothing. Money she say she send to my village. My mother say nothing come.",
  "EO WW AV", "lh sw ncw", "D", "h")
T("Report to police: cleaner stole jewellery from employer's house. Cleaner is a self-employed British woman who cleans 4 houses a week. Theft investigation only.",
  "", "", "", "l")
T("DS case conference notes: Three witnesses describe R (Romanian, 23) being brought to the HARRIS farmhouse by a relative to 'help with the house and animals'. She worked from dawn, was not allowed into the village, was given £10 on Saturdays, and was kept in a caravan with no water. Mr HARRIS threatened to tell police she was illegal. R now in safe house.\n\nThe conference also considered Mr HARRIS's adult son, who lives in the farm cottage and works on the farm; he is paid, has his own car and is not a concern. A Polish tractor driver employed in the summer was traced and says he was paid properly and had no contact with R.\n\nActions: CPS early advice; financial investigation into the HARRIS accounts; R's relative in Romania to be traced via Europol liaison.",
  "RM WW AC IT AV", "rm plc foa", "D L", "h")
T("Student from Brazil lost her passport on the night bus. Reported for crime ref. Living in student halls. No concerns.",
  "", "", "", "l")
T("Hi I work as a housekeeper for a lovely family, they paid for my flight and said I don't have to repay it. I have my passport and my own bank card. My English teacher said I should check my rights. Do I have any?",
  "", "", "", "l")
T("A&E: 12yo girl with a fracture to the wrist. Brought in by adult female who said she fell down the stairs. Girl later told nurse she was carrying the washing basket while the lady pushed her because she was slow, and that she does not go to school because she has to do housework. Adult said to be her 'guardian'. Girl being kept on ward; police attending.",
  "AV PV", "pa", "D", "i")
T("Note from ESOL teacher: Student (Afghan woman, 30s) stopped attending. Came back once with brother-in-law who said she is 'needed at home'. She whispered that she cannot leave the house without him and does all housework for 12 people. Concern raised.",
  "RM EO", "rm et lh", "D", "m")
T("Man says his sister lives with an older couple as a companion, she is paid, she's a British national, she chose it. He just doesn't like them. No concerns found on visit.",
  "", "", "", "l")
T("INT: Nigerian female EBUKA Grace, 24, domestic worker in property owned by POI ADEYEMI. Intelligence suggests ADEYEMI also takes her to clean at his nightclub after hours and makes her 'entertain' clients. She is not allowed keys to the house. 2/C/P",
  "RM", "rm", "D L S", "h")
T("She says she is not allowed to eat until the family has finished and then only what is left. She says she sleeps on a mat in the kitchen. She says she has lost count of the months. She says she does not know what country she is in.",
  "AC IS", "plc sw iso", "D", "m")
T("Diplomatic immunity noted: residence of the Deputy Head of Mission. Former domestic worker (Indian national, 33) alleges salary of £50/month against contract of £1,200, 18 hour days, and removal of passport. FCDO informed. Worker currently in Kalayaan accommodation.",
  "WW EO RD DE", "lh dt", "D", "h")
T("Housekeeper for a diplomat, says she is being treated fairly, has contract and day off, but she is worried because her visa ends. Referred to immigration adviser. No indicators.",
  "", "", "", "l")
T("Girl (16) from Romania living with boyfriend's family. Cooks and cleans for them while the boyfriend 'arranges dates' for her with men from an app; money goes to the boyfriend. She says his mother watches her during the day.",
  "AV WW RM", "ncw rm", "D S", "h")
T("text from caseworker: client says 'I was their everything, cook, cleaner, nurse, driver, and they paid me in promises'. 6 yrs. Family said her salary was 'in the bank for when she leaves'. Never received.",
  "WW EO", "lh", "D", "m")
T("My wife's cousin came from Ghana to help us when the twins were born. She is here on a visitor visa. She helps because she wants to, we pay for everything for her and she goes out with her friends. Now someone at the nursery says we are 'exploiting' her. We are not.",
  "", "", "", "l")
T("Intercepted WhatsApp (PD download): 'tell her if she runs again I will send the pictures to her father'. Context: victim is domestic worker at suspect's address who ran away in March and was brought back.",
  "IT RM", "rm", "D", "h")
T("Welfare check: elderly Chinese woman living with son's family, neighbour concerned she does housework all day. She told officers via interpreter that she chooses to help, goes to mahjong club, has own pension. No further action.",
  "", "", "", "l")
T("I was told I will be a nanny for one baby. I was 19. When I came there was a baby and also a sick grandmother, a big house and a dog. I worked all the day and all the night because the grandmother call me. They said my salary first pay the agent. After one year still nothing. They say if I complain they tell police I steal.",
  "DE EO WW DB IT", "lh", "D", "h")
T("Referral from charity: M, 27, Sudanese. Says he lived in the garden shed of a family in Leeds who promised to help him find work. He did their housework, gardening and DIY, they gave him £5 a day and let him shower once a week. Free to come and go, says he left when he got a job at a warehouse.\n\nHe says the family's teenage son was friendly and sometimes brought him food. The family's house is large, in a good area, and the father runs a removals firm; M says he sometimes helped with removals too but was never paid for that either. He now lives in a shared house in Bradford with two friends and works nights at a parcel depot where he is paid properly. He wants the family to pay him what he is owed.",
  "DE WW AC", "sw plc", "D L", "h")
T("Officer note: visited address re FM concerns. Spoke to the young wife alone with interpreter. She says she helps her mother-in-law with cooking as is normal in her family, she goes to college 3 days a week, she has her own phone and passport. No indicators. Advice leaflet left.",
  "", "", "", "l")
T("Safeguarding: 11-year-old boy kept off school to look after his mum's partner's elderly father and do housework. Mum's partner threatens to 'put him in care' if he tells teachers. Boy has bruises on upper arms.",
  "AV IT PV", "pa", "D", "h")
T("INT: Man believed Pakistani, 40s, undocumented, works in family's house and cash-and-carry in Oldham, sleeps on the shop floor. 'Boss has his papers'. Family brother described as 'very dangerous'. 3/C/P",
  "RD AV", "sw dt", "D L", "m")
T("Caller from Bolton says she is being kept in her husband's family house and made to work, she has not been allowed outside in six weeks and her husband has just threatened to kill her tonight if she tells anyone. She is whispering from the bathroom.",
  "RM IT", "rm", "D", "i")
T("Hand car wash, Dudley Rd. GLAA inspection: 6 workers, all Romanian, each with own contract, payslips and bank cards, PPE provided free, cabin heated, hours 9-6. Operator licence not required; no concerns. Advice on welfare facilities.",
  "", "", "", "l")
T("INT suggests workers at car wash on A38 are picked up at 06:00 from a house in Erdington in a white Transit and returned after 21:00. Approx 8 males live at the house, 3 bedrooms. One worker told source they each pay £50 a week for the lift and £70 for a mattress, taken from wages by the 'boss' ZOLTAN. 2/B/P",
  "AC", "cedl et ct oc", "L", "m")
T("nail bar on the corner, the girls look about 15 they never speak and a man brings them in and takes them away in a car. they dont get paid i think the man takes the money. they sleep upstairs",
  "AV WW IS", "et sw ncw iso", "L", "h")
T("She says she was told she would be working in a hotel in London cleaning rooms. She says when she arrived at Luton the man took her passport and drove her to a flat where there were three other girls. She says she was told she owed £3,000 and must see men to pay it off. She says the first night she refused and he raped her.",
  "DE RD DB PV", "dt", "S", "h")
# ---- part 2 ----
T("Packhouse, Spalding. Labour provider supplies 40 Bulgarian workers. Workers say they paid £400 in Bulgaria to a 'coordinator' for the job. Transport £8 a day deducted, hi-vis and boots charged £35. Shared houses 10 per house. Payslips show net pay of £40 for a 50-hour week after deductions for 'rent, transport, loan'.\n\nTwo further workers interviewed, both Latvian, were recruited separately through a licensed agency in Riga, paid no fee, live in their own rented flat and showed normal payslips. They are not part of the concern.\n\nNext steps: labour provider's licence under review; joint visit with police to the shared houses next week.",
  "WW DB AC", "uf ct ppe oc", "L", "h")
T("Licensing note: gangmaster operating without GLAA licence supplying pickers to a soft fruit farm. Workers interviewed: paid minimum wage into own accounts, own documents, own transport. Unlicensed activity only; enforcement action re licence.",
  "", "", "", "l")
T("i worked at the car wash 7 days, 8 till 8, the boss said £40 a day but at the end of week he give me £60 and say the rest is for house and food. I sleep in the back of the car wash with two other boys. When I asked for my money he show me a knife",
  "WW EO AC IT", "lh sw plc", "L", "h")
T("Text on Crimestoppers: Vietnamese boys kept in a house in Hull growing weed, windows blacked out, door padlocked from the outside, a man brings them food twice a week. They are young, maybe 16.",
  "AV RM AC", "rm plc", "C", "i")
T("Cannabis factory found at 88 Pelham St during warrant. One male, Vietnamese, approx 17, found inside. He says he was brought in the back of a lorry, owes $30,000 to the people who brought him, and was told his family in Nghe An would be hurt if he ran. He had not left the house since arriving. He had no phone. Arrested then dearrested and treated as potential victim; NRM via LA.\n\nProperty notes: rented in the name of a company dissolved in 2022; electricity meter bypassed; approx 400 plants across three rooms. A neighbour describes a silver Lexus calling weekly in the evening. Forensic submissions made and the phone found in the kitchen sent for download.",
  "AV DB IT RM IS", "rm iso", "C", "h")
T("County lines: CAD 1143. 15-year-old boy from Lewisham found in a flat in Margate with 20 wraps of crack. Flat belongs to a vulnerable adult with heroin addiction. Boy says he 'owes' £800 after being robbed of the drugs, which he must work off. Line holder has sent him pictures of a machete.",
  "AV DB IT", "", "C", "i")
T("Cuckooing concern: housing officer reports Mr P (58, alcohol dependency, learning difficulties) has 3 young men from Birmingham staying in his flat. He told her he is not allowed in his own bedroom, they use his bank card and he has not had his benefits for a month. Visitors at all hours.",
  "AV RM", "ncw rm", "C", "m")
T("Shoplifting group: four Romanian women arrested at Meadowhall with bags lined with foil. One of them later told the custody nurse that a man keeps all their ID cards, drives them to shops every day and that if they bring back less than £300 of goods they are beaten.",
  "RD PV", "dt et", "C", "h")
T("Begging: Man with no legs seen begging at the same spot on Oxford St daily, dropped off at 7am by a Mercedes and collected at 10pm. He gives money to the driver. He appears unwashed and underweight.",
  "WW AV", "cedl et ncw pa", "C", "m")
T("Bank alert (Financial Intelligence Unit): 14 current accounts opened within 3 weeks in names of Slovak nationals, all with the same correspondence address and the same mobile number. Cards used at one ATM in Sheffield within minutes of salary credits from a recruitment agency. Account holders appear to have no access to online banking.",
  "WW", "mbc ncw", "L", "m")
T("Bank alert: student account receiving £4,000 in 8 transfers and sending it on within the hour. Customer, 19, says a friend offered him £200 to 'use his account' and now the friend's associates say that if he closes it they will 'sort him out'. Money mule. Passed to fraud team.",
  "IT", "", "C", "m")
T("She says she met him on Facebook. He said he loved her and she could come to England to be his wife. When she arrived he said she has to work to pay for her flight. She says she was taken to flats in different towns and men came to her 10 or 15 a day. He kept all the money. She says if she did not do it he would send the videos to her family.",
  "DE DB WW IT EO", "ncw lh", "S", "h")
T("INT: Adult service website listings (3 profiles, same photos reused, text 'new girl, young, Asian, 24/7') linked to mobile 07700 900412. Same number linked to an Airbnb in Milton Keynes rented for 3 nights. 2/B/P",
  "", "", "S", "h")
T("Pop-up brothel in short-let flat in Reading. Two Romanian women found, both say they work by choice, keep their own money and phones, have own passports and return to Romania in a week. No indicators of control identified; referred for harm-reduction support.",
  "", "", "", "l")
T("CSE referral: 14-year-old girl in care going missing overnight, returning with new phone and clothes, picked up by older men in cars outside children's home. Found intoxicated in a hotel in Rochdale with two adult males.",
  "AV", "", "S", "i")
T("Massage parlour visit by licensing officers. Eight women living on the premises in two rooms, mattresses on the floor. Manager held all their passports 'in the till'. Women were reluctant to speak and one said 'we are fine, no police'.",
  "RD AC", "dt sw oc foa", "S", "h")
T("Organ trade: NCA briefing. Intelligence indicates a Moldovan male was brought to the UK after being promised construction work and was then pressured to sell a kidney to a wealthy patient; recipient's family offered him £7,000 and said his travel debt would be cleared. Transplant was stopped by hospital ethics checks.",
  "DE DB AV", "", "O", "h")
T("Renal unit note: 52-year-old female on dialysis awaiting a deceased donor kidney. Patient asked about going abroad for a transplant; consultant explained risks and NHS Blood and Transplant living donor rules. No concerns.",
  "", "", "", "l")
T("Living kidney donation: patient's brother assessed as donor. HTA independent assessor satisfied there is no reward or coercion and donor understands risks. Approved.",
  "", "", "", "l")
T("Border Force, Stansted: Nigerian female, 23, stopped travelling with an older man who said she is his niece going for 'medical tests' at a private clinic. She said she was told she was coming to work as a nanny and did not know the clinic name. Messages on her phone discuss 'the kidney' and '£5k after'. Safeguarded, man arrested.",
  "DE", "sfw", "O", "m")
T("Construction site, Croydon: 5 Albanian labourers found living in a portacabin on site, no toilet, no heating. Paid by a subcontractor who 'looks after' their bank cards. They work every day including Sundays, 7am-7pm. One has a crushed finger that was never treated.",
  "AC WW EO", "sw plc ncw lh pa", "L", "h")
T("Worker at a recycling plant lost two fingers in a shredder. HSE investigating. Worker is employed directly, paid properly, lives in own flat. Health and safety matter only.",
  "", "", "", "l")
T("Fishing vessel in Newlyn: 3 Filipino crew on transit visas say they have not been ashore in 4 months, work 20 hours a day, and their pay goes to the manning agency in Manila which deducts their 'placement debt'. Skipper holds their seaman's books.\n\nThe vessel's two UK crew members say they are paid a share of each landing and go home between trips. The owner says the Filipino crew are 'contracted through Manila and not my responsibility'. Port health noted the crew cabin was clean. Referral made to the NRM for all three with consent; GLAA and Immigration Enforcement informed.",
  "RM EO WW DB RD", "rm lh ncw dt", "L", "h")
T("Hotel housekeeping via agency, Manchester. Workers paid by the room, making about £5/hr. Agency otherwise pays to own accounts and workers live in their own accommodation and can leave. Referred to HMRC minimum wage team. Not exploitation as such.",
  "", "", "", "l")
T("warehouse agency in Northampton took my passport copy and my real passport 'for checks' and never gave it back. They put me in a house with 12 people and take £95 a week rent from my pay. I am Polish and they say if I go to another agency they will call my mother",
  "RD AC IT", "dt oc", "L", "h")
T("POI GHEORGHE, Romanian, controls around 15 workers at a food factory in Corby. INT suggests he collects their wages from cash machines on payday using their cards, gives them £50 each. Source says a worker who complained was beaten in the car park. 2/B/P",
  "WW PV", "mbc ncw", "L", "h")
T("Takeaway in Swansea: immigration visit. Chinese national, 45, overstayer, found working in the kitchen and sleeping upstairs. He says he is paid £250 a week cash, can go out, has his own passport, and chose this job. Immigration offence only; no MS indicators.",
  "", "sw", "", "l")
T("Care home, Kent. CQC whistleblower: Indian and Zimbabwean carers on sponsored visas each paid a £9,000 'sponsorship fee' to the owner, which is recovered from their wages monthly. They are told if they leave, the sponsorship ends and they will be deported. Rota shows 72-hour weeks.\n\nThe home was rated Requires Improvement at its last inspection for medicines management. British staff employed directly say they are paid correctly and have no complaints. The whistleblower, a senior carer, asked for her identity to be protected.",
  "DB IT EO AV", "uf lh foa", "L", "h")
T("Care worker on sponsorship visa complains her employer is stingy, pays minimum wage and won't give her extra shifts. She has her own documents and bank account. No exploitation; employment advice given.",
  "", "", "", "l")
T("Debrief, interpreter present: He says he came on a boat from Libya to Italy and then in a lorry. In England a man took him to a farm in Lincolnshire to pick vegetables. He says the man said he owes £12,000 for the boat and lorry. He says each week the man wrote a number in a book and it never went down because of the food and the room. He says he was never allowed to walk to the town.\n\nHe says there were about twenty men on the farm, Afghans and Sudanese, and some of them were paid and could leave because they had papers. He says the man shouted at everyone but did not hit him. He left when a farm inspector came and the man hid him in a barn; the next day he walked along the road to a petrol station and asked for the police.",
  "DB RM", "rm", "L", "m")
T("Albanian male, 19, arrested at a cannabis grow in a loft in Dartford. He says he came to the UK on his own, was offered the job of 'gardener' by an Instagram account, knew it was weed, gets £1,000 a month and can leave. Charged with production. No NRM referral; declined.",
  "", "", "", "l")
T("Daily log: Two boys, 14 and 15, stopped on the train to Bournemouth with £1,200 cash and a 'burner' phone receiving line texts. Both reported missing from Croydon yesterday. Both have cuts on their hands. Say they must return to the 'trap house' tonight or 'get shanked'.",
  "AV IT PV", "pa", "C", "i")
T("County lines: school reports Y10 boy (14) with new trainers, two phones, unexplained absences and older males waiting outside. Mother says he is 'running for people'. He was hit with a bat last week after losing a package.",
  "AV PV", "", "C", "h")
T("Police were called to a report of a teenager selling cannabis in the park. He is 17, lives with his parents, and told officers he sells for himself to make money. Dealt with for possession with intent. No exploitation identified.",
  "", "", "", "l")
T("I got a message on TikTok job for girls in UK massage £3000 a week. they pay the ticket. when i came they say i owe 5000 for ticket and flat and the first week i get nothing. the man hold my passport. i dont speak english. the other girls say do what he say or he hurt you",
  "DE DB RD WW AV IT", "dt", "S", "h")
T("Salvation Army note: A, Polish, 52, homeless, approached at a soup kitchen by a man offering building work and a room. Taken to a farm in Wales, made to lay block paving 12 hours a day, given cider and tobacco but no wages, slept in a horse box. Says if he tried to leave he was told 'you will be found in a ditch'.",
  "AV DE WW EO AC IT", "lh sw plc", "L", "h")
T("Public report: theres lads living in the caravan at the back of the tarmac yard, foreign, they go out at 5 in the van and come back at dark, look rough as anything. Dunno if its dodgy",
  "", "cedl pa plc et", "L", "m")
T("Nail salon, Coventry. Trading Standards visit. Three staff, all Vietnamese, with right-to-work checks on file and payslips. Owner present. Staff live in their own rented flats. One staff said she gets paid weekly and works 5 days. No concerns.",
  "", "", "", "l")
T("Intel: female nail technicians at 'Luxe Nails' (Vietnamese, appearing under 18) reported to be living above the shop, working 10am-9pm 7 days, not allowed out without the manager, wages sent to 'the boss in Birmingham' to pay for their journey. 2/C/P",
  "AV RM EO WW DB", "sw lh rm ncw", "L", "h")
T("Benefit fraud: DWP investigators identified 27 Universal Credit claims using the same landlord address in Derby. Claimants are Czech Roma families brought over by one man who holds their ID and collects the payments into accounts he controls.",
  "RD", "dt ncw", "C", "m")
T("Identity fraud: Slovak man, 30, says a cousin brought him to Peterborough, opened bank accounts and took out phone contracts and loans in his name, and kept the cards. He says he didn't understand the papers he signed. He worked at a chicken factory and never saw his wages because they went into those accounts.",
  "AV DE WW", "ncw mbc", "L C", "h")
T("Sham marriage: Home Office referral. Latvian woman, 21, recruited in Riga with promise of a café job, then told to marry a Pakistani man for his visa. Held in a flat in Glasgow until the wedding, forbidden from calling home. Raped by the 'husband'.",
  "DE RM IS PV", "rm iso", "S", "h")
T("HGV driver found 9 people in his trailer at Dover. All Eritrean adults, seeking asylum, paid smugglers in Calais. No exploitation indicated; smuggling case passed to immigration.",
  "", "", "", "l")
T("Sudanese man, 24, asylum seeker, says he paid a smuggler in Libya and was held in a warehouse there, made to unload trucks for no pay and beaten until his family sent more money. In the UK he lives in a Home Office hotel and is not working. Historic overseas exploitation disclosed; NRM discussed.",
  "PV RM WW", "rm", "L", "h")
T("Intel report: female 'receptionist' at sauna in Aberdeen; punters say the girls are from Nigeria, hardly any English, 'owe madam for the juju'. One girl said she had been sworn in a shrine in Benin City and will die if she runs away.",
  "DB IT AV", "", "S", "h")
T("ok so my flatmate works at a massage place and she said its fine, she chooses her hours and keeps her money, she just wanted me to know where she was going in case anything happened. Not reporting anything, just asking if massage work is legal",
  "", "", "", "l")
T("Restaurant in Leeds. Intel indicates chef's assistant (Indian, 28) recruited through an agent who charged £15,000 for a skilled worker visa; he works 90 hours a week and is paid for 40; owner holds his BRP. He sleeps in the store room with two others.",
  "DB EO RD WW AC", "uf lh dt sw oc", "L", "h")
T("Car wash employee (Kurdish, 31) reports the manager paid him two weeks late and shouted at him. He has his own flat and bank account and got the money in the end. Says he will look for another job. Pay dispute only.",
  "", "", "", "l")
T("Witness statement: I am the manager of the Texaco garage. Every morning at around 05:30 a silver Zafira drops 6 or 7 men at the car wash next door. The same car collects them after 22:00. One of them asked me in Romanian if I could keep some money for him because 'the boss takes everything'.",
  "WW", "cedl et ncw", "L", "m")
T("Fire service visit: ground floor of a textiles unit in Leicester with bunk beds behind machines. 11 workers, Pakistani and Afghan, say they sleep there because they can't afford rent; paid £3 an hour cash.",
  "AC", "sw oc plc", "L", "m")
T("Albanian girl, 17, found in a flat above a barber's with two men. She says she was 'sold' by her boyfriend in Tirana, who brought her to London saying they would live together. She was forced to have sex with men every day. She is in the flat now with the men, on the phone to Childline.",
  "AV DE PV", "", "S", "i")
T("I used to go to the gym, a guy there said he had a job for me picking up parcels. I'm 16. Now he says I owe him because I lost one. He has my address and says he knows my little sister's school.",
  "AV DB IT", "", "C", "h")
T("Shop theft by 2 males. CCTV reviewed. Males are local adults known to police for theft to fund drug habit. No third party control identified.",
  "", "", "", "l")
T("Homeless man, 40s, British, approached by a couple who gave him a room in exchange for labour on their market garden. Neighbours say he is always working, looks ill, and the couple collect his benefits. He says he has nowhere else to go and 'they would find me anyway'.",
  "AV EO", "lh pa ncw", "L", "m")
T("Vehicle stop A1(M): VRM YX20 KLP, driver Slovak, 8 passengers, all workers going to a meat plant. Passengers stated they pay £10 each way to the driver, who is also their landlord, and that he takes their wages out from their bank cards, which he keeps. Driver had 9 bank cards in his wallet in different names.",
  "WW", "ct mbc ncw et", "L", "m")
T("Press: A gangmaster from Kent was given a Slavery and Trafficking Prevention Order after Lithuanian workers said they were charged for everything from gloves to bus fares and lived in a damp bungalow with 14 others. Court heard he threatened to 'bury' one man who complained.",
  "AC IT", "ppe ct oc plc", "L", "m")
T("Report: child, approx 8, seen selling flowers in pubs in Soho at 11pm. An adult woman waits outside and takes the money. Child shivering, no coat.",
  "AV WW", "ncw pa", "C", "i")
T("Polish worker at a mushroom farm says he is happy, paid every Friday, lives in a caravan that is clean and warm, and goes home every Christmas. Labour inspection found no issues.",
  "", "", "", "l")
T("Nigerian woman (debrief): 'Madam paid for my passport and ticket. She told me I will do hair in London. When I came she said I must do the work with men to pay 35,000 euros. She took me to a juju priest before I left. She said if I talk to police my mother will die.'",
  "DE DB IT", "", "S", "h")
T("INT: Thai females working in flats in Chinatown advertised on 'vivastreet'. INT suggests they are moved weekly between London, Bristol and Cardiff and do not choose where they go. One is reported to have been slapped by the driver for refusing a client. 3/C/P",
  "RM PV", "et rm", "S", "h")
T("Meat processing plant, Wales: Romanian agency workers say they had to pay £250 to a man in their village for the job. In the UK they are paid properly through the payroll, have their own cards and housing, and no one controls them. GLAA: upfront fee noted, no other indicators.",
  "", "uf", "", "l")
T("Slovak family of 7 living in a 2-bed provided by their 'employer', a man who collects their wages at the factory gate every Friday and gives back £30 a person. Children not in school. Landlord/employer takes their ID 'for the council'.",
  "WW RD AC", "ncw dt oc", "L", "h")
T("Construction worker, Brazilian, fell from scaffold. Employer had no insurance. Worker had his own documents and was paid well. Case referred to HSE only.",
  "", "", "", "l")
T("Debrief: 'I was with a family of travellers. They picked me up outside the hostel when I was drinking. For 9 years I laid tarmac and slabs, slept in a horsebox, they gave me roll-ups and a bit of food. If I moaned they beat me. They took me to the post office to sign for my benefits and kept it.'\n\nHe says there were other men on the site over the years, some came and went, and one older man died. He does not know the surnames of the family, only first names. He now lives in supported accommodation in Newport, has his own bank account and has started to see a GP about his chest.",
  "AV EO AC PV", "sw plc ncw lh", "L", "h")
T("Chinese takeaway, Wrexham: worker, 19, says the owner brought him from Fujian and he owes 'snakehead money' of £25,000 which is taken from his wage, leaving him £20 a week. He sleeps above the kitchen and works 7 days.",
  "DB WW EO", "sw lh", "L", "h")
T("Caller reports a group of girls being dropped at a house in Slough late at night by different men and collected in the morning, curtains always closed. Caller thinks it's a brothel. Girls appear young.",
  "", "cedl", "S", "h")
T("Sexual health clinic: patient, 22, Romanian, attended with a man who paid for her and waited outside. She said she works 'in massage' and has to give all money to him because he 'manages' it. She said she has not seen her passport since coming. Appeared scared.",
  "WW RD", "ncw dt foa sfw", "S", "h")
T("An acquaintance of mine is an escort, independent, advertises herself online and keeps her own earnings. I was asked by the police if she's under someone's control. She's not.",
  "", "", "", "l")
T("Multi-agency visit to a HMO in Boston, Lincs: 18 people in 4 bedrooms, all working at packhouses via the same man who 'rents' them rooms. Each pays £80 a week plus £15 for the minibus. Payslips show pay going to one account. Workers say they do not have their own bank cards.\n\nOther findings: fire doors wedged open, one working smoke alarm, mould in two bedrooms. A separate house on the same street, rented directly by a Portuguese couple who work at the same packhouse, was also visited at their request: clean, 3 occupants, no concerns.\n\nThe man renting the rooms was not present; his phone number is the same one on the workers' payroll records.",
  "AC WW", "oc ct ncw mbc", "L", "m")
T("OIC update: Operation FENWICK. Victim V1 (Vietnamese, 15) recovered from cannabis grow at 12 Moss Lane. Tells interpreter he was moved from grow to grow across Yorkshire and was beaten with a pipe when plants died. He never knew which town he was in.",
  "AV PV IS", "iso", "C", "h")
T("Probation note: client, 20, on licence for drug supply. Says he was made to sell by a man he owed money to after his mum died. He says the man's friends still message him saying he owes £2k and they know where he lives.",
  "DB IT AV", "", "C", "h")
T("Prison intelligence: new prisoner (Albanian, 23) convicted of cannabis production disclosed to chaplain that he was 'told to water the plants or his sister in Tirana would be hurt' and that he had never been allowed outside the house in five months.",
  "IT RM", "rm", "C", "h")
T("Guy with a sign outside Aldi every day begging, I give him money, then at 5pm a man in a BMW picks him up and he hands him the cup. Seen it 3 times now.",
  "WW", "ncw et", "C", "m")
T("Organ: Interpol notice forwarded. Network recruiting young men from Pakistan with promises of UK jobs, then taking them to a clinic in a third country where kidneys are removed. One victim now in the UK says he was paid a fraction of what was promised and threatened when he asked for the rest.",
  "DE WW IT AV", "", "O", "h")
T("Message to helpline: my boyfriend says I have to sell my kidney to pay off his gambling debts. He has found a man online who will pay £20,000. He says if I don't he will leave me and tell my family things. I am scared.",
  "IT", "", "O", "m")
T("Transplant patient, returned from India after a private kidney transplant from a relative. Documents from the hospital show ethics committee approval. Attending for follow-up. No concerns of trafficking.",
  "", "", "", "l")
T("Young woman, 20, says the modelling agency in London that she found on Instagram wanted a 'registration fee' of £500. She paid, no work came, and she lost the money. Fraud reported to Action Fraud. No trafficking.",
  "", "uf", "", "l")
T("She says the agency promised a modelling job in Manchester. At the flat there were cameras and she was told she had to film with men. When she refused, they took her phone and locked the door. She says she was there eleven days.",
  "DE IS RM", "iso rm", "S", "h")
# ---- part 3 ----
T("Maid at no 40 never allowed past the gate. Passport with the sir.",
  "RM RD", "rm dt", "D", "m")
T("Au pair has contract, days off, own phone. Host mum asked about tax. No issues.",
  "", "", "", "l")
T("Child of 9 doing all the housework for stepmum, kept off school, hit with a belt.",
  "AV PV", "", "D", "h")
T("live in nanny paid £500 a week, she goes home every weekend. happy",
  "", "", "", "l")
T("INT: Filipina domestic, no day off in 2 yrs, salary 'saved' by employer. 2/C/P",
  "EO WW", "lh ncw", "D", "m")
T("Girl (15) says uncle keeps her home to clean and cook; aunt took her phone.",
  "AV IS", "iso", "D", "h")
T("My brother's wife cooks for all of us because she likes cooking. Nobody forces her lol",
  "", "", "", "l")
T("Woman locked in the back bedroom of 12 Vicarage Rd right now, makes the family's food, screaming heard.",
  "RM", "rm", "D", "i")
T("Housekeeper phoned: employer gave her a pay rise and extra holiday. Just wants to check the contract wording.",
  "", "", "", "l")
T("She says the employer's mother pinched and burned her with a spoon when the rice was cold.",
  "PV", "", "D", "h")
T("Eritrean girl, 16, cleaning for family, not in school, sleeps on kitchen floor, no wages.",
  "AV AC WW", "sw plc", "D", "h")
T("Grandmother visits from Lahore every summer and helps with cooking. Family's choice. No concerns.",
  "", "", "", "l")
T("Safeguarding (adult social care) - Long note.\n\nReferral received from a pharmacist in Ealing. Mrs K, 67, Punjabi-speaking, collects prescriptions for a household of eight. Pharmacist noticed she always comes with her son-in-law, who does the talking, and that she once whispered 'I am the servant in this house'.\n\nHome visit with interpreter, son-in-law asked to wait outside. Mrs K says she came on a visitor visa three years ago to help after a grandchild was born and was never allowed to return; her passport is 'with the family'. She cooks, cleans and does laundry from 5am until everyone sleeps, and sleeps on a mattress in the utility room. Her widow's pension from India is paid into her son-in-law's account. She says he told her she will be arrested as an overstayer if she goes to anyone.\n\nShe has diabetes and her medication has been missed. Her daughter (the son-in-law's wife) appeared supportive of her but frightened of her husband. Strategy meeting arranged; police informed.",
  "AV RD EO AC IT", "sfw dt lh sw plc ncw foa", "D", "h")
T("INT log 22/11\nSubject: ASANTE household, Thornton Heath\nSource reports that a young female (believed Ghanaian, 17-19) lives at the address and 'does everything'. She walks the children to school, then is not seen until school pick-up. Source has heard the wife say 'you don't go anywhere without me'. Source does not know if she is paid. No information re documents.\nGrading 2/C/P\nAction: refer to MSHT unit for research; check school records for adults collecting children.",
  "RM", "rm", "D", "m")
T("Debrief account, translated from Tigrinya.\n\nI was sixteen when my uncle's friend in Khartoum said I could go to London to study and live with his sister. He paid the smugglers. In London the sister said I must help with her children first and later I will go to school. Later never came.\n\nEvery day I cleaned her house and her two sisters' houses. I washed the floors on my knees. I ate after everyone. I slept on the floor in the children's room. She kept my papers in a locked drawer. She said if I talk to anybody from the Home Office they will put me in a detention centre and send me to Eritrea where the army will take me.\n\nAfter four years I heard a woman at the mosque speaking my language. She gave me a number. That is how I came here.",
  "AV DE EO AC RD IT", "sw plc dt foa lh", "D", "h")
T("Diplomatic household (witness statement, neighbour).\n\nI have lived next door to the residence for six years. I regularly see a small woman, I would say South Asian and in her fifties, hanging washing, carrying bags and walking the family's dogs. In all that time I have never seen her leave the property on her own; when she goes out she is in the back of the family car with the driver.\n\nLast summer she came to the fence and asked me, in very basic English, for a phone. She said 'Madam take my phone, I want talk my son'. She was crying. Before I could help her the wife called her in.\n\nI am making this statement because I saw her today with a black eye.",
  "RM IS PV", "rm et iso pa", "D", "h")
T("Case note (Unseen helpline):\nCaller is a Polish woman in Luton working as a cleaner for a private family. She has a contract, is paid £11.50 an hour into her own account, lives with her partner, and has her own ID. She is upset because the employer accused her of stealing and sacked her without notice. Advised on employment tribunal and ACAS. No modern slavery indicators identified.",
  "", "", "", "l")
T("GP safeguarding note: Patient, 34, Bangladeshi female, attends with a husband who insists on translating. Husband says she is 'just tired from housework'. Through a telephone interpreter she said that she is 'fine'. Examination normal. No disclosure. Will offer follow-up alone.",
  "", "sfw", "", "l")
T("School nurse: Y7 girl says she gets up at 5 to make breakfast and packed lunches for her six cousins, then walks them to school; after school she cleans and cooks until 10pm. She lives with her aunt, says her mother is in Nigeria and that her aunt 'paid for me'. She looks exhausted and her uniform is too small.",
  "AV EO", "lh pa", "D", "h")
T("Public report (online form): Hi i think my neighbour is being kept as a slave. shes filipino, works for the family in the big house. BUT when i asked her she laughed and said she has a contract and 2 days off and goes to her own flat at weekends. shes fine i think. sorry just wanted to log it",
  "", "", "", "l")
T("Au pair (Slovak, 19) contacted the helpline: host family want her to work 60 hours a week looking after three children and cleaning, pay £70 a week, and have her passport 'for the insurance'. She was told she could not go out in the evenings because the baby might wake.",
  "EO RD RM", "lh dt rm", "D", "h")
T("Au pair says she is unhappy because the host dad is grumpy and the room is small. She has her days off, her pocket money and her passport, and is thinking of changing families. No concerns.",
  "", "", "", "l")
T("Officer handover: Female, 29, Moroccan, presented at Paddington station asking for help. Worked for a Gulf family who rented a house in Mayfair for the summer. Works 20 hours a day, sleeps in the corridor, has not been paid since Ramadan, and the wife slapped her. Family fly home tomorrow and expect her back. She is at the station now with officers.",
  "EO AC WW PV", "lh sw plc", "D", "h")
T("INT: Female, Vietnamese, approx 19, lives in the flat above the nail bar run by POI NGUYEN Van. Works in the bar by day; by night cooks and cleans for NGUYEN's family and looks after his children. Not allowed a key. NGUYEN says her debt is 'almost paid'. 2/B/P",
  "RM DB EO", "rm lh sw", "L D", "h")
T("Council environmental health: complaint about overcrowded house, 3 generations of the same family in 3 rooms. All family members, no workers, no exploitation. Overcrowding notice served.",
  "", "", "", "l")
T("She says that the family promised to pay for her English course. She says she has been with them one year and there was no course. She says she looks after the twins day and night and the mother has not paid her the 300 pounds a month they agreed; the mother says she will pay 'when the business improves'.",
  "DE WW EO", "lh", "D", "h")
T("Report via app: old man in wheelchair lives with carer who is 'foreign', carer never leaves him, neighbours think she is a slave. Social worker visit: carer is a paid agency carer from Zimbabwe, works 12-hour shifts on rota, has her own flat and car. No concerns.\n\nThe man's son, who lives in Scotland, confirmed he arranged the care package through a CQC-registered agency and that the carer has been with his father for two years. The carer told the social worker she likes the job, is paid monthly, and takes her annual leave in Harare every December when the agency sends a replacement. The neighbour who made the report was thanked and reassured.",
  "", "", "", "l")
T("Caller says his mother (74, from Kerala) was brought over by his brother to look after his kids and is now not allowed to phone anyone in the family; brother has taken her pension book and passport.",
  "IS RD", "iso ncw dt", "D", "m")
T("Mother says her 14-year-old does nothing at home and she's threatening to take his phone until he helps with dishes. Asked for parenting advice. Not a safeguarding matter.",
  "", "", "", "l")
T("Debrief: 'Sir brought me from Uganda as a driver. But I also did garden, pool, washing cars, cleaning. My salary was paid to his account in Kampala, he said it is for my family, but my wife received nothing. When I complained he told me he has friends in the police and I will disappear.'",
  "DE WW IT", "ncw", "D", "h")
T("Fostering social worker note: Placement of S (12, UASC from Afghanistan) with foster carers is going well. S helps set the table and tidy his room like the other children. Attends school full time. No concerns.",
  "", "", "", "l")
T("Nanny 'Joy', Filipino, 48, working for a banker's family. Reports she is paid £2,500 a month, has her own room and a day off, but the employer has refused to let her take her holiday this year. Employment dispute; advice given. No MS indicators.",
  "", "", "", "l")
T("Woman from Nepal, 38, says she was recruited in Kathmandu for hotel work in Dubai and then brought to London by a family as a maid. She says the family told her she owes them 3,000 pounds for the visa and flights and she can only go home when it is paid. She works every day from 6am to midnight.",
  "DE DB EO", "lh", "D", "h")
T("PCSO note: child, approx 10, seen alone at 11pm carrying heavy shopping bags to 5 Harcourt Terrace. Mother says she is a 'helper girl' from her village in Sierra Leone. Girl did not speak. Not enrolled at any school. Children's services called out of hours; child remains at the address tonight.",
  "AV", "", "D", "i")
T("Child Arrangements dispute: father alleges mother makes their 12-year-old do 'all the housework'. CAFCASS found normal chores (washing up, hoovering own room). No concerns.",
  "", "", "", "l")
T("Wife (from Morocco) disclosed to IDVA: husband checks her phone, criticises her cooking and sulks when she sees friends. She works as a teaching assistant and keeps her own job. Domestic abuse case; MARAC referral. No servitude or forced labour.",
  "", "", "", "l")
T("Daughter-in-law, 20, Indian, says she is not allowed to leave the house without her husband's sister, her mobile phone has been taken, and she must wash clothes for eleven people by hand. Her husband beats her if she talks back. She says her mother-in-law keeps her 'dowry gold and papers'.",
  "RM IS PV RD EO", "rm et iso dt lh", "D", "h")
T("Text message to helpline: pls help im from philipines i work for a family in london they have my pasport and i didnt get salary 4 months. they going to qatar next week and take me. i dont want go",
  "RD WW", "dt", "D", "m")
T("MASH note: Report from neighbour that the 'housekeeper' at no. 8 is a 15-year-old girl from Vietnam. Checks: family have no children of that age registered; girl not known to education. Police and children's social care joint visit: girl present, says she is 18 and the family's niece, appears younger, visibly anxious, has no documents; adults say her papers are 'with a relative'. Age assessment and NRM. Girl placed in foster care.",
  "AV", "foa", "D", "h")
T("Live-in carer from Romania, privately employed by the family of a man with dementia. Paid cash weekly, her own passport, has two hours off each afternoon and a weekend off every month. Family asked council if they need to pay her national insurance. No concerns.",
  "", "", "", "l")
T("INT suggests female Chinese national is living in a villa in Surrey owned by a businessman; she cooks, cleans, looks after his elderly mother, and is not allowed to leave the grounds. Businessman's driver says 'she owes the boss for her passage'. 2/C/P",
  "RM DB", "rm", "D", "m")
T("She says the job she was promised was 'receptionist in a family company'. It was cleaning the family's house and their three rental flats, seven days a week. When she asked for a day off she was told she was ungrateful and her family in Romania would be 'visited'.",
  "DE EO IT", "lh", "D L", "h")
T("Probation officer note: service user (British, 41) is living with an elderly relative and acting as his carer while on licence. He says he chose this, the relative is grateful and he gets carer's allowance in his own account. No concerns.",
  "", "", "", "l")
T("Domestic worker, Kenyan, 35, attended Kalayaan after 'running away'. She reports the employer's teenage son touched her sexually and when she told the mother she was beaten. Wages never paid. She does not have her passport.",
  "PV WW RD", "dt", "D", "h")
T("999 call, 02:10. Young woman says she has climbed out of a first-floor window after the family she cleans for locked her in. She is on the street, injured ankle, barefoot. The family are still at the house with her passport. Officers dispatched.",
  "RM RD", "rm dt pa", "D", "i")
# ---- part 4 ----
T("Found at the Salvation Army hostel door: Indian woman, 50s, one carrier bag with a sari and a toothbrush, no coat, no money. Says she ran from the house in Wembley where she 'worked for the family for 9 years without salary'.",
  "WW", "fpe", "D", "m")
T("Officer note: the victim owns nothing except the clothes she stands in and a plastic bag. She says the family threw away her things when she arrived and gave her the daughter's old clothes. She cleans and cooks for them and has never been paid. She does not know the street name.",
  "WW IS", "fpe iso", "D", "m")
T("Au pair reported missing by host family; found at her boyfriend's flat, she had simply moved out without telling them. Contract in place, she has all her belongings and documents. Closed.",
  "", "", "", "l")
T("Debrief (interpreter): She says she was given a mattress in the cellar. She says there was no window and the cellar flooded when it rained. She says she was given one meal a day. She says she worked for the family and cleaned the offices of the husband's company at night.",
  "AC EO", "sw plc lh", "D L", "m")
T("Salvation Army intake: male, Romanian, 36, no ID, no phone, owns one tracksuit. Worked 14 months at a car wash in Stoke. Lived in a flat above it with 9 others. Boss 'Marius' kept everybody's ID cards and took £100 a week each for the flat and the transport. Paid '£20 when he felt like it'.",
  "RD WW AC", "fpe dt oc ct sw", "L", "h")
T("Safeguarding referral, college: Student (18, British) works 30 hours a week at a supermarket to support her family. Tired but paid properly and in her own account. Wellbeing support offered. No exploitation.",
  "", "", "", "l")
T("GLAA: worker at a salad packhouse shows payslip deductions: 'PPE £20', 'gloves £5', 'locker £3', 'van £9 per day'. He says his gangmaster also takes the rent and he ends most weeks with around £15.",
  "WW", "ppe ct ncw", "L", "m")
T("Farm worker (Ukrainian, seasonal visa) complains he was charged for boots and waterproofs. GLAA confirm the farm has since refunded everyone, workers paid above minimum wage, accommodation in good order. Breach resolved; no further action.",
  "", "ppe", "", "l")
T("INT: Slovak male 'LUKAS' collects workers from a house on Elm St at 05:00 in a blue Transit and takes them to agency shifts at a distribution centre; drives them back after 20:00. Workers say each pays £15 a day for the van. Same male is reported to speak for them with the agency. 2/B/P",
  "", "cedl et ct sfw", "L", "m")
T("Man in the Lidl car park again with a bag of bank cards, takes out cash from the machine with 6 or 7 different cards every Friday, and there's a van of lads waiting who look knackered. Reported it before.",
  "", "mbc pa", "L", "m")
T("ATM CCTV: one male withdrawing from 11 cards in different names in 20 minutes at the same ATM in Wisbech. Banks confirm all accounts receive wages from the same food packing company. Account holders have the same home address.",
  "", "mbc", "L", "m")
T("Construction, Edinburgh: site manager says the labour supplier 'Andrei' always answers for his men and they never speak; they arrive at 6 in his car and leave at 8pm. Workers seen eating only bread. One told the manager in Romanian that Andrei has their passports.",
  "RD", "sfw cedl et dt pa", "L", "m")
T("Health visitor: new baby visit. Grandmother (Bangladeshi) lives with family and helps. Mother says grandma has her own money and goes to her friends' houses. Grandma said through the daughter she is happy. No concerns.",
  "", "", "", "l")
T("She says she ran away with nothing: no papers, no phone, no money. She says the madam kept everything 'to keep her from running'. She says she has only the dress she wore.",
  "RD", "fpe dt", "D", "m")
T("Man, 30s, Sudanese, turned up at the mosque, no shoes, thin. Says he lived in a car repair garage where he worked for a man for food; slept under the workbench; has 'no possessions, nothing'. Said the man beat him with a hose.",
  "WW PV AC", "pa sw fpe plc", "L", "h")
T("Report of a 15-year-old girl going to 'parties' in a flat in Derby where older men give her vodka and cocaine; she told a friend she 'owes' them for the drugs and has to sleep with their friends to pay. Friend says she is there tonight.",
  "AV DB PV", "", "S", "i")
T("Police officer note: attended a sauna in Belfast after a customer said one of the women asked him for help. Woman (Brazilian, 25) says her passport was taken by the manager, she pays €100 a day for the room and 'fines' for being late, and she cannot go out without the manager's husband driving her.",
  "RD DB RM", "dt et rm", "S", "h")
T("Adult worker advertising via her own website. Called police herself because a client refused to pay. She works independently, no third party. Crime of theft recorded.",
  "", "", "", "l")
T("INT: Romanian female 'BIANCA', 20, advertised on AdultWork; phone answered by a male who arranges all bookings and 'speaks for' her. Sightings of her being dropped at hotels by male in VRM WR18 OPL and collected within the hour. 2/B/P",
  "", "sfw et", "S", "h")
T("she told me her boyfriend makes her do it with men for money and he keeps all of it and if she dont he hits her. shes only 16 and lives at his mums house. please do something",
  "AV WW PV", "ncw", "S", "h")
T("Online report: escort agency 'Velvet' advertising 'barely legal Eastern European girls', all profiles use the same phone. Looks like one man runs it.",
  "", "", "S", "h")
T("CSE: Y9 girl seen getting into a car with an adult male after school several times, received a new iPhone and money, has been missing overnight twice. She said the man's friends 'want to meet her'.",
  "AV", "", "S", "h")
T("Street begging, Manchester: Roma family with three children aged 4-10 begging at tram stops every day 7am to 9pm. The man collecting the money drives a new Audi. Children not in school, look hungry.",
  "AV EO WW", "cedl lh pa ncw", "C", "h")
T("Officer note: Big Issue seller, British, 52, sells legitimately, keeps his earnings, badge checked. Complaint from a shop about aggressive selling. Words of advice.",
  "", "", "", "l")
T("Cannabis grow found in a rented house in Swindon, nobody present. Landlord unaware. No persons found; no MS indicators.",
  "", "", "", "l")
T("Intel: young Albanian male 'gardener' at cannabis grow told police he was promised £1,000 a month for looking after plants, received nothing in six months, is told he still owes €18,000 for the lorry, and the windows are boarded and the door screwed shut from outside.",
  "DE WW DB RM AC", "rm plc", "C", "h")
T("Cuckooing: officers attend flat of Ms T (39, mental health issues, heroin user). Two males from London found inside selling drugs. She says they took over 3 weeks ago, took her phone and keys and she has to ask to leave.",
  "AV IS RM", "iso rm", "C", "i")
T("County lines: 16-year-old girl arrested in Exeter with drugs secreted internally. She says the line controller drove her from London, 'charged' her £300 for the trip, and said she must work off the lost money.",
  "AV DB", "ct", "C", "h")
T("Shop manager says the same group of young women come in every day and steal, and a man waits outside in a car and takes the bags off them. One looked about 14 and had bruises.",
  "AV PV", "et pa", "C", "h")
T("Benefit fraud investigation: 4 Bulgarian men registered at one address, claims for Universal Credit were made in their names by a man who then holds their bank cards and gives them £10 a week each. They work at a car wash for the same man.",
  "WW", "mbc ncw", "L C", "m")
T("Fraud team: customer aged 24 allowed her account to be used by her partner for his business. No coercion; she has full access to her money. Account closed for misuse. No exploitation.",
  "", "", "", "l")
T("Organ harvesting intel: Facebook group advertising 'kidney donors wanted, £30,000 paid, all travel arranged' targeting Pakistani students in the UK. One student reports being offered to have his student fees debt 'cleared' in exchange and told he would be flown to a clinic in Turkey.",
  "AV DE", "", "O", "m")
T("Debrief (translated): 'The man who brought me said I must pay 15,000 for the journey. I could not pay. He took me to a clinic where a doctor took blood and did scans. Then they said my kidney will clear the debt. After the operation they gave me nothing and left me at a bus station. I have pain every day.'",
  "DB DE AV WW", "pa", "O", "h")
T("NHS transplant coordinator: recipient (UK citizen) returned from a foreign clinic with a new kidney, paperwork incomplete, donor described as 'a poor man from the village who was paid'. Reported to HTA for investigation of commercial dealing.",
  "AV", "", "O", "m")
T("Kidney donor (sister to recipient) attended HTA interview; voluntary, no payment, fully informed. Donation approved.",
  "", "", "", "l")
T("Man on the bus said he was going to sell his kidney because he's broke. Joking I think, he was laughing with his mates. Not serious.",
  "", "", "", "l")
T("Restaurant, Bristol: Immigration Enforcement visit. Two Indian cooks, sponsored visas. Both have their own documents and bank accounts, work 45 hours, can leave. Employer fined for one undeclared worker. No MS concerns.",
  "", "", "", "l")
T("Hotel in Blackpool: room attendants supplied by a labour agency say they have to be in the minibus at 6am and are dropped at 10pm, but only get paid for 'rooms cleaned'. Deductions for 'uniform' and 'transport'. The agency holds their Romanian ID 'for payroll'.\n\nThe hotel manager says he had no idea; the contract with the agency specifies hourly pay and maximum 48-hour weeks. Directly employed reception and bar staff were spoken to and are content with their conditions. GLAA to review the agency's licence; workers given helpline cards in Romanian.",
  "RD EO", "cedl et ppe ct dt lh", "L", "m")
T("Warehouse, Daventry: agency worker (Lithuanian) says the job is hard and 12-hour shifts are common, but he chose the overtime and it is paid. Lives in his own flat. No concerns.",
  "", "", "", "l")
T("Scallop boat, Kirkcudbright: Ghanaian deckhand says he was recruited for 'a fishing job with good pay', works 22 hours some days, sleeps in a bunk on board, has not been paid for five months, and the skipper keeps his passport and says he cannot go ashore because 'immigration will catch you'.",
  "DE EO WW RD RM IT", "lh sw dt rm foa", "L", "h")
T("Crew member on a trawler lost a hand in a winch accident. MAIB investigating. British crew member employed on share agreement, paid regularly. No exploitation.",
  "", "", "", "l")
T("Care home: Zimbabwean carer says the manager takes 'rent' for a shared room from her wages, and she shares the room with 5 other carers. She works 84 hours a week. She says the manager told her she cannot change employer because the sponsor licence is hers.",
  "AC EO IT", "oc lh", "L", "h")
T("Agency nurse from Nigeria claims her recruiter charged her £2,000 for training before she came. Recruiter refunded it after complaint. Now working via NHS trust, paid and housed properly. No current indicators.",
  "", "uf", "", "l")
T("INT: Female Chinese nationals working in a tea house in Soho that offers 'extras'. Source states the girls live in the basement on bunk beds and are not allowed their phones during shifts. 3/C/P",
  "AC", "sw oc", "S", "h")
T("Witness statement: I am a taxi driver. About twice a week I am booked to take a young woman from a house in Hounslow to different hotels at night, and bring her back in the morning. A man always pays and gives me the address. She never speaks. Once she asked me what town we were in.",
  "IS", "et iso", "S", "h")
T("Student nurse (Indian) says her landlord overcharges and the house is cold. She pays rent from her own wages, has her own passport, and can move. Housing matter only.",
  "", "", "", "l")
T("Teacher referral: Y6 girl (10) says she isn't allowed to do homework because she must look after her 3 little brothers and the new baby and clean the flat while her mum's boyfriend sleeps. He shouts and has hit her with a slipper. Mum works nights.",
  "AV PV EO", "lh", "D", "h")
T("Step-dad keeps my 13 yr old sister off school 3 days a week to clean the house and look after his mum, she doesn't get to see her friends, he says she has to earn her keep. he hasn't hit her. mum just goes along with it",
  "AV", "", "D", "h")
T("Teen (15) says his parents make him wash up every night and mow the lawn at weekends; he gets £10 pocket money. Complained to school counsellor. Counsellor: normal household chores, no concern.",
  "", "", "", "l")
T("Young carer (14) looks after her mum who has MS, with help from a carers' service. Attends school, has respite breaks. Referral to young carers' group only.",
  "", "", "", "l")
T("Interpreter's summary: She says that after her husband died, his brother took her into his house in Birmingham and told the Home Office she was his dependant. She says she cooked and cleaned for his wife and five children, was not given any money, was not allowed to go to the Gurdwara alone, and that when she said she would leave he said he would tell her village she had shamed the family.",
  "AV WW RM IT", "rm", "D", "h")
T("Ms A, Colombian, works as a live-in housekeeper in Kensington. Employer paid for her visa and takes £100 a month off her pay for it as agreed in writing; she has her passport and phone and goes out on her days off. She asked whether the deduction is lawful. No indicators.",
  "", "", "", "l")
T("101: Woman reports her Filipino housekeeper has run off with £3,000 of jewellery. Housekeeper had worked there 4 years on a contract and was paid monthly. Theft enquiry.",
  "", "", "", "l")
T("Housekeeper (Filipina, 44) later contacted police herself: she says she left because she had not been paid in 8 months, and took only her own gold which the employer had been 'keeping'. Statement taken; theft allegation against her NFA. MS referral considered.",
  "WW", "", "D", "m")
T("Ex-wife of a diplomat's driver says the driver's sister was brought over as a 'nanny' and has not been out of the ambassador's residence in over a year, doesn't have a phone and doesn't know the address. She sleeps on the children's bedroom floor.",
  "RM IS AC", "rm iso sw plc", "D", "h")
T("Tenant noise complaint - loud music and parties at flat 12. Environmental health warning issued. No safeguarding issues.",
  "", "", "", "l")
T("Immigration enforcement: overstayer (Nigerian, 50) found working as a cleaner in an office block via a cleaning contractor, paid £8/hr cash. Own accommodation, own documents, no coercion. Immigration matter only.",
  "", "", "", "l")
T("Claims of a girl being kept at a house in Walsall turned out to be a 23-year-old daughter of the family with a learning disability who lives at home, attends a day centre and is well cared for. Social worker satisfied. NFA.",
  "", "", "", "l")
T("Elderly widower's 'lodger' does his housework in exchange for cheap rent. Both happy with arrangement, lodger works full time elsewhere. Council satisfied it is not exploitation.",
  "", "", "", "l")
T("Caseworker note (BAWSO): client, 27, from Yemen, married in Sana'a and brought to Cardiff. Husband's family made her the house servant; they took her passport at the airport, never gave her a key, and only let her out to the corner shop with the mother-in-law. She was told if she calls police they will say she stole and she will be deported. She was slapped regularly.",
  "RD RM IT PV AV", "dt rm et foa", "D", "h")
T("Intel: Indian female, approx 25, domestic worker at residence of a senior official of a foreign mission in Belgravia. Source states she is paid £40 a month, works 'from before sunrise until the family sleeps', and was forbidden from attending church. 2/C/C - do not disclose outside MSHT without FCDO liaison.",
  "WW EO RM", "lh rm", "D", "h")
T("Family from Syria (resettlement scheme) living together; eldest daughter (17) cares for her younger siblings while parents attend ESOL. Caseworker: normal family support, daughter attends college afternoons. No concerns.",
  "", "", "", "l")
T("Concern raised: teenage boy working long hours in his dad's shop. Visit: 16, works Saturdays and some evenings, paid, attends sixth form, happy. No concerns.",
  "", "", "", "l")
T("INT: household in Handsworth has at least two young women from Bangladesh who are said to be 'brides' for the sons; both are seen doing all the housework, never leave the house except to the doctor with the mother, and a neighbour heard the father say 'we paid good money for them'. 3/C/P",
  "RM AV", "rm et", "D", "m")
T("Public report: theres a nanny at the school gates always crying, she told another mum her boss takes her salary and she hasnt seen her kids in the philippines in 6 years because the boss wont give her passport back",
  "WW RD", "ncw dt", "D", "m")
T("Nanny from Spain (live-out), paid via PAYE, 40 hours, had a row with employer about being asked to clean. Resigned and found a new job. No concern.",
  "", "", "", "l")
T("She says she was told that in London she would be a cook for a restaurant. She says she was taken to a house. She says the man said the restaurant was closed and she must work in his house until it opens. She says it never opened. She says she has no money and no friends here and the man said if she leaves she will sleep on the street.",
  "DE AV IT", "", "D", "h")
T("Referral: 19-year-old Roma woman in Derby forced to marry a cousin; since then she cleans for the whole extended family and is taken by her mother-in-law to beg in the city centre every day, handing over all the money.",
  "WW", "et ncw", "D C", "m")
T("Security guard at a nightclub: women brought in by one man, he gives them drinks tokens and takes money from the punters; one girl told him 'he has my passport and I owe him'. Looked under 18 to him.",
  "RD DB AV", "dt", "S", "h")
T("Man in debt to a loan shark (British, 33) says the lender is charging huge interest and keeps ringing him at work. No work or services demanded of him. Loan shark investigation; not MS.",
  "", "", "", "l")
T("Domestic abuse call: wife says husband smashed a plate on the floor during an argument. She works as a pharmacist, has her own money and passport, and went to her sister's. DA risk assessment completed. No servitude indicators.",
  "", "", "", "l")
T("Mystery shopper at a nail bar in Norwich: 'the girl doing my nails was maybe 15, said she lives upstairs and works every day till 9, and when I asked if she goes to school the manager came over and answered for her.'",
  "AV EO", "sw lh sfw", "L", "h")
T("Nail bar inspection (Norfolk): staff are family members of the owner, all adults, paid through payroll, living in their own homes. No concerns.",
  "", "", "", "l")
T("Polish man says he worked on a building site where the boss paid him late twice and then sacked him; he has his own passport and bank account and was paid in the end. Wants help finding work. No MS concerns.",
  "", "", "", "l")
T("A woman (British, 45, addiction) told outreach workers that a couple 'give her a place to stay' in return for her cleaning their house and minding their kids. They keep her methadone script and give her doses only when she's done the work. She has nowhere else to go.",
  "AV", "", "D", "m")
T("Interpreter's note: He says that in the house he had no bed of his own, no bag, no second shirt. He says everything he owned fitted in his pocket. He says the family paid him nothing for three years of cooking and cleaning and kept his residence card in the father's briefcase.",
  "WW RD", "fpe dt", "D", "m")
T("Report says a cleaner at a house in Finchley is a 'slave' because she arrives at 7am. Checked: she is self-employed, works 7-11 for this family then for others, invoices them and keeps her own earnings. No concerns.",
  "", "", "", "l")

# ---- write ----
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh134.jsonl"), "w", encoding="utf-8") as f:
        for i, e in enumerate(E, 1):
            f.write(json.dumps(dict(id="f134-%03d" % i, **e), ensure_ascii=False) + "\n")
    print(len(E), "texts written")
