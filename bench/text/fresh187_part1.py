# fresh187 part 1: NRM referral narratives (adults), first responders
from fresh187_common import T

T("NRM referral - Section B narrative. PV is a 34 yr old Romanian male. He was recruited in Bacau by a man known as 'Nelu' who promised him work on a building site in Luton at £90 a day. On arrival his ID card was taken 'for registration' and never returned. He was housed with 11 other men at a 3-bed terrace on Dunstable Road and driven to sites at 5am in a white Transit. He states he was paid £20 a week 'for food' and told he owed £1,200 for the flight and the room. When he asked to go home Nelu told him his mother in Romania would 'have problems'.",
  "DEC RD WW DB IT AC", "DT OA CE NCW UF", "L")
T("First responder: Salvation Army. PV (Vietnamese, female, 26) disclosed she was made to work in a nail bar in Stockport 7 days a week from 9am to 9pm. She slept on a mattress in the back room of the shop. The owner kept her passport 'for safety'. She has never received any wages and was told her family's debt to the agent ($18,000) was being paid off from her work.",
  "EO AC RD WW DB", "LH SW DT", "L")
T("PV is a 41 yr old Polish man with alcohol dependency. He was approached outside a soup kitchen in Peterborough and offered work and a bed. He was taken to a farm near Wisbech where he lived in a caravan with no heating or running water. The gangmaster opened a bank account in his name and kept the card. He was given cans of lager and £10 'pocket money' on a Friday. He says he was punched by the gangmaster's son when he complained about the cold.",
  "AV DEC AC WW PSV", "PLC NCW PA", "L")
T("NRM - Home Office first responder (Immigration Enforcement, Croydon). Claimant is an Albanian national, female, 22. She states a boyfriend she met in Tirana promised they would marry and live in London. On arrival she was taken to a flat in Ilford and told she must sleep with men to pay for the journey. She was not allowed to leave the flat alone and her phone was taken. She was beaten when she refused a client.",
  "DEC DB RM ISO PSV", "RMS IS", "S")
T("Duty to Notify (adult declined NRM). Male, 29, Eritrean. Encountered at a hand car wash in Slough during a joint GLAA/police visit. States he works 'every day, morning to dark' and the boss 'keeps the money for the house'. He did not want to be referred and said he was 'OK'. Appeared frightened and looked to the manager before answering questions.",
  "EO WW", "LH NCW FA", "L")
T("PV reports she came from Nigeria on a domestic worker visa to work for a family in Harrow. She was told she would be paid £400 a month and could go to college. Instead she worked from 6am until after midnight looking after three children and cleaning, slept on the kitchen floor and ate leftovers. Madam kept her passport in a locked drawer. She was not allowed out except to take the children to school, accompanied by the driver. She was paid nothing in 2 years.",
  "DEC EO AC RD RM WW", "LH SW DT RMS ET", "D")
T("Referral narrative (Migrant Help). Subject is a Sudanese male, 19, who crossed by small boat. He paid smugglers in Libya and France. He has no debt outstanding and no one has contacted him since arriving. He was not forced to work at any point on the journey. Referred in error by the hotel staff - smuggling only, no exploitation indicators identified.",
  "", "", "")
T("Adult male, Indian national, 38. Came on a skilled worker visa sponsored by a care agency in Kent. He paid £14,000 to an agent in Kerala for the certificate of sponsorship. On arrival there was little or no work and he was told to pay back 'training costs' of £4,000 if he left. He says he was threatened that the company would report him to the Home Office and have his visa cancelled.",
  "DEC DB IT AV", "UF", "L")
T("PV is a Chinese female aged about 40. Found in a flat above a takeaway in Bolton during a warrant. She says she was 'working massage' and the 'boss' takes all the money. Only Mandarin spoken, did not know what town she was in. Two other women present. Her passport was found in the boss's car.",
  "WW ISO RD", "NCW IS DT", "S")
T("NRM narrative: PV (Slovak, male, 52, learning difficulty) was collected from his home town by a family he knew and brought to Sheffield. He was told he would work in a factory. He was registered for Universal Credit and his payments went into an account the family controlled. He was made to do their housework and gardening and was fed once a day. He rarely went out and did not know the address where he lived.",
  "AV DEC WW ISO AC", "NCW IS", "C D")
T("Police FR narrative - PV (British, male, 24) was housed by a man who ran a drug line from London into Norwich. PV says he owed £600 after he was 'robbed' of a package and the man said he would work it off. He was kept in a flat for 9 days selling crack and heroin, was hit with a bat on one occasion and was told his little sister 'knows where we are'.",
  "DB PSV IT RM", "RMS", "C")
T("Referral from Refugee Council caseworker. Client is a 28 year old Iranian man. He states that in the hotel he was approached by a man who offered cash work. He worked two days in a car wash and was paid £60. He left when he didn't like the work. Nobody stopped him and there were no threats. Client was keen to report it as he thought it was illegal working. No indicators of forced labour.",
  "", "", "")
T("PV - Ghanaian female, 31. She was brought to UK by her aunt who promised to pay for nursing school. Made to care for aunt's elderly husband and four children. Not allowed to attend school. Aunt said she would be 'sent back in a box' if she told anyone. Phone calls to her mother only on speaker with the aunt present.",
  "DEC IT ISO", "IS", "D")
T("First responder account (local authority, Luton adult safeguarding). Mr K is a Lithuanian man in his 50s who was found sleeping in a shipping container on an industrial estate in Leagrave. He says he works for the owner of a scrap yard for food and cigarettes. He has visible bruising on both arms and a cut above his eye that he would not explain. He has no ID and says 'the boss has it'.",
  "WW AC RD", "SW PA DT PLC", "L", "high")
T("Adult, Albanian male, 20. Disclosed being made to tend cannabis plants in a house in Kidderminster. Windows blacked out and the door was padlocked from outside. Food was dropped off every few days. He was told if he ran the gang would kill his father who had borrowed money for his journey.",
  "RM IT DB AC", "RMS", "C")
T("PV, Filipino national, female, 45. Overseas domestic worker who came with her employer from Dubai. She was made to work 18-hour days with no day off, her mobile phone was confiscated and she was only allowed to call home once a month. She was slapped by the employer's wife on several occasions. She escaped on foot while the family were at a wedding in Knightsbridge.",
  "EO ISO PSV", "LH IS", "D")
T("NRM - Barnardo's ICTG. Adult (turned 18 last month) Vietnamese male. Previously in care in Kent. Disappeared from placement and was located at a nail bar in Reading. Says he 'owes' his uncle for the journey and is 'working it off'. Uncle collects him each morning and brings him back at night.",
  "DB AV", "ET CE", "L")
T("PV (Romanian, female, 23) was advertised on an adult website by her partner, who she met in Constanta. He told her they would work in a hotel together and save for a house. He arranged the 'bookings' and kept all the money, and she had to hand over her phone at night. She has a scar from where he burned her with a cigarette.",
  "DEC WW ISO PSV", "NCW IS PA", "S")
T("Duty to Notify - adult declined referral. Brazilian female, 33. Attended A&E Royal Free with injuries consistent with assault. Told staff she works in a 'private flat' and 'the lady' arranges everything and holds her passport. Refused police involvement, saying immigration would deport her.",
  "PSV RD", "PA DT FA", "S")
T("PV - Sri Lankan male, 44. Worked in a restaurant kitchen in Harrow for 14 hours a day, 6 days a week. Was told he'd get £1,500 a month but received £300. Slept in the storeroom above the kitchen. Employer said if he went to the police he would be arrested as he has no visa.",
  "DEC WW EO AC IT AV", "LH SW FA", "L")
T("Referral concern (Salvation Army). Client is a Polish male, 60, who says he was 'trafficked' by a former employer. On discussion, he worked as a labourer for 3 months, was paid weekly in cash at the agreed rate, lived in his own rented room, and left after an argument about a £200 bonus he says he was owed. He is pursuing this through ACAS. Employment dispute - does not meet the threshold for reasonable grounds.",
  "", "", "")
T("Adult PV, Eritrean woman, 27. Held in a warehouse in Libya for 8 months and raped by guards before being put on a boat. In the UK she was not exploited. Referred for the exploitation she suffered in transit.",
  "PSV RM", "RMS", "")
T("NRM narrative - PV is an Indian national, 35, who came on a seasonal worker visa to pick soft fruit on a farm in Herefordshire. He paid £3,800 recruitment fees in India to a broker. He works 6 days, is paid piece rate and says he earns the minimum wage. He lives in a caravan with 3 others which is clean. He is worried he cannot repay the loan at home and he asked to stay after his visa ends. No one holds his passport.",
  "", "UF", "L")
T("PV (Albanian female, 19) told officers she was collected from Dover by a man called 'Gezim' who drove her to a house in Birmingham. She was told she owed £15,000. Three men took turns to 'watch' her. She was forced to have sex with men who came to the house 6-7 times a day. She said 'if I say no they hit my face and say they will sell my sister'.",
  "DB RM PSV IT", "RMS ET", "S", "high")
T("First responder: Police Scotland, Glasgow. PV is a Roma male aged 30 who was found begging outside Central Station. He says a man drops him off in the morning and collects him at 7pm, takes what he has collected and gives him food. He sleeps in a flat with 14 others in Govanhill. He could not say the address.",
  "WW", "CE OA IS NCW", "C")
T("Referral (HO, NRM hub). Female, 36, Chinese. Claims she was trafficked into the UK to work as a nanny. On interview she came on a visit visa arranged by her own cousin, worked for her cousin for room and board by agreement, and remains in contact with her family daily. She wishes to claim asylum. No deception, coercion or control identified by the FR, but the referral was made at her request.",
  "", "", "")
T("PV, Kurdish Iraqi male, 17 at time of exploitation, now 18. Was made to work in a barbershop in Stoke 12 hrs a day for no pay after the smuggler said his family still owed £3,000. Was threatened with being handed to the police. Slept in the shop on chairs.",
  "AV DB WW EO IT AC", "LH SW FA", "L")
T("Adult victim, Nigerian female, 29. She was subjected to a juju oath in Benin City before travelling and told she would die if she spoke to police. Brought via Italy. In the UK she was kept by a 'madam' in a flat in Peckham and sold for sex. She believes she still owes €35,000.",
  "IT DB", "FA", "S")
T("Narrative by MSVCC partner. PV is a 47 yr old Bulgarian male who worked in a meat packing plant via an agency. The agency charged him £25 a week for transport in a minibus, £40 for boots and gloves, and £80 a week for a bed in a shared house with 10 others. After deductions his weekly payslip showed £35. He says the agency boss 'has everyone's cards'.",
  "WW", "CT PPE OA NCW MBC", "L")
T("PV (Vietnamese male, 23) found in a cannabis factory in Telford by West Mercia Police. He had been there 'many weeks' and was not allowed out. His phone had been taken. Wiring was exposed and he slept on a mattress next to the plants. He says he was told the police would put him in prison for ever.",
  "RM ISO AC IT", "RMS IS SW FA PLC", "C")
T("Referral account, Hope for Justice. Mrs S (Pakistani, 34) came to the UK on a spousal visa. Her husband and mother-in-law made her do all the cooking and cleaning for 9 people, took her passport and did not let her leave the house. They told her she would be deported if she left the marriage. She was hit by her husband. FR notes this may be domestic abuse but there are clear servitude indicators.",
  "RD RM IT PSV AV", "DT RMS", "D", "high")
T("PV is a Ukrainian woman, 42, who came under Homes for Ukraine. Her sponsor expected her to clean his house and look after his mother in return for her room and would not let her have a key. He told her if she complained the council would throw her out. She has since moved to a new host.",
  "AV IT RM WW", "RMS", "D")
T("NRM narrative - PV Romanian male, 36. Was told he would work in a car wash in Hull for £60 a day. Paid £15 a day. Boss drives all workers to and from the wash and they are not allowed to go anywhere else. Boss keeps ID cards 'in the office'.",
  "DEC WW RM RD", "ET RMS DT", "L")
T("FR narrative (Kent Police, Dover). Group of 6 Vietnamese adults detected in a lorry trailer at Eastern Docks. All state they paid an agent in Hanoi between $15,000 and $30,000. Two say they were told they'd work in nail bars to pay off what they still owe. Others declined to comment. Referred for two; Duty to Notify submitted for others.",
  "DB", "UF", "L")
T("PV (Hungarian female, 25) was recruited online for a cleaning job in Bradford. On arrival she was told the cleaning job had gone and she would have to work 'in a house' with other girls. Her boyfriend-recruiter took her ID card. She did not know anyone in the UK and spoke no English.",
  "DEC RD ISO", "DT IS", "S")
T("Adult PV - Moldovan male, 31, encountered at a recycling plant in Leicester. Worked nights 12 hrs, 7 days. Did not know his own address, only 'the house near the big Tesco'. Pay goes to a Revolut account opened by a 'friend' who keeps the card. Says 'I cannot go home, I have nothing'.",
  "EO WW ISO", "LH NCW IS", "L")
T("Duty to Notify - Thai female, 38, encountered at a residential brothel in Southampton. Stated she came to work here by choice and keeps her own money, says she is not controlled and holds her own passport. No indicators identified but DtN completed as the premises was on intel for trafficking.",
  "", "", "S")
T("PV account in own words (translated from Tigrinya): 'The man said I work in the kitchen and he pay me. I work every day, I never stop. He never pay. When I ask he shout and he say he call police and they send me back. I sleep in the room with the potatoes.'",
  "WW EO IT AC", "LH SW FA", "L")
T("NRM - PV is a Polish man, 58, homeless in Reading. A couple 'befriended' him and moved him into their house, then took his bank card and PIN and claimed his benefits. He did building work for their 'business' unpaid. He says they shouted at him and said he would be back on the street if he didn't do what they said.",
  "AV WW IT", "NCW", "L")
T("PV (Lithuanian, female, 21) disclosed that her 'boyfriend' took her to Manchester to 'start a new life'. He advertised her on Vivastreet. She had to see up to 10 men a day, and he injected her with heroin so she would 'be calm'.",
  "DEC PSV", "", "S")
T("Home Office FR narrative: PV claims to have been forced to work on a fishing boat off Scotland. He states the skipper held his passport, he worked 20 hour shifts and was kicked and punched on deck. The crew slept in a cramped cabin. He was paid $400 a month instead of the promised $1,200.",
  "RD EO PSV AC WW DEC", "DT LH PA", "L")
