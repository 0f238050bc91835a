# fresh187 part 7: mixed NRM narratives, DtN, turned-out-otherwise cases
from fresh187_common import T

T("NRM: PV (Pakistani, M, 30) came on a student visa. Worked in a Bradford takeaway 80 hours a week. Boss holds his BRP 'for right to work checks' and won't give it back. Was promised £1,200 a month, got £400.",
  "EO RD DEC WW", "LH DT", "L")
T("Concern raised by housing officer: elderly Indian woman living with her son's family in Leicester does all the cooking. Visit: she is the grandmother, enjoys cooking, has her own pension and bank card, goes to the temple daily. Not servitude.",
  "", "", "")
T("FR note: Initially suspected labour exploitation for a Romanian man at a Coventry car wash. Turned out to be the owner's nephew, who is a partner in the business and lives with his wife. No indicators.",
  "", "", "")
T("Referred as trafficking by a hotel: two Chinese women arrived with a man who paid cash for 2 rooms. Police attended: tourists, the man is a tour guide, all hold their own passports and return flights. NFA.",
  "", "", "")
T("FR: the PV says that the 'mama' in the house in Leeds took her phone and told her not to talk to her family because 'they will only worry'. She was made to work in the house cleaning and cooking for 6 adults and was not paid.",
  "ISO WW", "IS", "D")
T("DtN: Adult Turkish Kurdish man, 37, barber in Colchester. Says he has worked 'day and night' to pay back £10,000 to the man who brought him, who takes most of his wages. Refused NRM, fears the man.",
  "EO DB WW", "LH NCW FA", "L")
T("Barnardo's note: young person (17, Eritrean) worried because a man from the mosque offered her a job as a cleaner. She did not take it. No exploitation occurred.",
  "", "", "", "low")
T("Police FR: PV (British, M, 45, homeless, heroin user) was given drugs and a 'place to stay' by a man in Blackpool who then made him sell heroin from the flat. He was kept short of drugs to make him comply, was beaten when takings were short and wasn't allowed out alone.",
  "AV PSV RM", "RMS", "C")
T("NRM: PV (Sudanese, M, 24) was forced by smugglers in Libya to work on a farm for 6 months with no pay and was regularly whipped. Exploitation outside the UK.",
  "WW PSV", "PA", "L")
T("Account: 'I came to England to work in a hotel, the man promise. But there is no hotel. I clean his house and his brother house, every day, no money, no day off. If I ask for money his wife say I am ungrateful and I will go to prison because I have no visa.'",
  "DEC WW EO IT", "LH FA", "D")
T("Officer note: IP (Romanian, 52) says he has not been paid for 3 months at the scrapyard in Tilbury. He says he is free to go and has his ID but has nowhere else to stay, as he lives in a caravan on the yard that the boss provides.",
  "WW AV", "SW", "L")
T("DtN - Vietnamese female (30) found in a nail bar in Norwich. Accepted she came through smugglers. Says she has paid them back and is now on wages. No current control. Declined NRM.",
  "", "", "")
T("Referral from NHS: patient (Albanian F, 20) attended for termination with a man who held her ID and insisted on being in the room. She was seen alone briefly and said 'I can't talk, he will hurt my family'.",
  "RD IT", "DT SFW FA", "S", "high")
T("NRM - PV (Slovak, M, 44, epilepsy) brought by a 'friend' to work at a sandwich factory in Northampton. The friend took his wages via a bank account opened in PV's name, charged him £100 a week to live in a room with 4 others and drove him to work at 5am.",
  "AV WW", "NCW OA CE", "L")
T("FR narrative: adult, Chinese female, 50. Came on tourist visa. Now working as a live-in carer for a family in Edinburgh, paid £200 a month (agreed was £1,500). The family keep her passport. She works 15 hours a day and is on call at night.",
  "DEC WW RD EO", "DT LH", "D")
T("Concerns raised re organ trafficking by a dialysis nurse: patient said he 'might go to Pakistan for a kidney'. Patient seen: he meant going home to be tested as a recipient from his own brother. No concern.",
  "", "", "")
T("FR: PV (Nigerian, 34) says: 'They did not lock me but they tell me I cannot go out because the police will catch me and I will be deported.' She cleaned and cooked for the pastor's family in Croydon for three years unpaid.",
  "IT RM WW", "RMS FA", "D")
T("Contact centre log: caller says she paid £2,000 to a man on Instagram for a job in a care home and a visa, and never heard from him again. She's still in Zimbabwe. Fraud - refer to Action Fraud.",
  "", "", "")
T("PV (Indian, 32) on care worker visa, Norfolk. The sponsor paid him only for hours actually visiting clients and nothing for 6-8 hours of travel, so he earned around £3 per hour. He was told if he complained his sponsorship would be withdrawn and he would be deported. Agency holds his passport 'for compliance'.",
  "WW IT RD AV", "DT", "L")
T("Shop owner flagged a man using several different debit cards in different names at the post office in Boston, Lincs. Police stop: he had 11 cards belonging to Latvian workers and said he was 'looking after them'.",
  "WW", "MBC NCW", "L")
T("MSHT team note: Welfare check on Ms A at the Wigan address reported by the hotline. She lives alone, works at a call centre and is studying. The report was malicious from an ex. No concerns.",
  "", "", "")
T("CHILD NRM: 15 y/o Vietnamese boy arrested in a cannabis grow in Leeds. He said the men 'would not let me go outside', he slept on the floor and he was hit with a stick.",
  "AV RM PSV AC", "RMS SW", "C", "high")
T("DtN: Romanian male (27) at a food processing plant in Spalding. Said he was not forced, has his documents, lives with his girlfriend. Does say agency deducts £25 a week for a 'mandatory' van.",
  "WW", "CT", "L")
T("NRM: Woman, 29, from Thailand, came to marry a UK man she met online. After the wedding he made her work in his restaurant for no pay and sleep with his friends. He took her passport and phone.",
  "DEC WW PSV RD ISO", "DT IS", "S L")
T("FR: the PV, a 35 year old Polish man, has no teeth at the front, which he says were knocked out by his 'gaffer' after he asked for his wages. He worked on a driveway gang in Essex, living in a caravan.",
  "PSV WW", "PA", "L")
T("Call handler: female says she wants to report 'modern slavery' at her workplace as she works 45 hours and her manager is strict. She is paid, has her own documents and home. Advised employment rights. No exploitation.",
  "", "", "")
T("PV disclosed he was made to shoplift in Manchester city centre every day for a man who kept all the goods, and that the man would take him to a new town whenever he was caught. PV is 19, Romanian, and says he was too scared of the man to run.",
  "WW", "FA ET", "C")
T("NRM: PV (Ethiopian, F, 26) brought by diplomat employer. Locked in apartment when family out. Not permitted to use the phone. Salary of $200 a month sent to an agent in Addis, she never received it.",
  "RM ISO WW", "RMS IS NCW", "D")
T("Local authority FR: young man (19, care leaver, autistic) had 'friends' move into his flat in Bolton who now use it to store and deal drugs. He told his PA 'I'm not allowed in the living room'. They took his bank card.",
  "AV RM WW", "RMS NCW", "C")
T("FR: Adult male (Vietnamese, 33) in Solihull nail bar was 'paid' in food and a bed. He has been there 2 years, works 10am-8pm, 7 days.",
  "WW EO", "LH", "L")
T("Not exploitation (FR review): a 22 yr old Polish woman living with her boyfriend's family reported she 'had to' clean the house. Discussion: she meant as a contribution while not working; she has her own money, key, phone and job interviews. No indicators.",
  "", "", "")
T("Police FR: PV (Latvian, M, 42) was recruited at a homeless shelter in Riga and brought to Kent to work on a farm. He was told he'd earn £400 a week. He was paid nothing. The gangmaster said he would 'disappear' if he complained.",
  "AV DEC WW IT", "", "L")
T("Hotel staff at Travelodge Heathrow concerned about a girl with a much older man. Officers attended: father and daughter (15) on the way to a family wedding, passports checked. NFA.",
  "", "", "", "low")
T("FR: the PV says she was always driven to 'appointments' by the same man who waited outside, and she gave him all her money afterwards.",
  "WW", "ET NCW", "S")
T("Case note, Migrant Help: client reports he was told by the man who arranged his journey that he would be 'hunted' if he didn't work for him in the UK. He left before any work. Threat recorded.",
  "IT", "", "")
T("Public: my neighbour is Filipina she works for the family at no 8 and i never see her go out except with them, she looks sad. They have a big car and always go out without her but she stays in.",
  "", "IS ET", "D")
T("NRM: PV (Romanian F, 18) was taken by her mother's partner to Sheffield and sold to a man for £3,000 to be his 'wife'. She was raped repeatedly and not allowed out.",
  "AV PSV RM", "RMS", "S", "high")
T("DtN: Bangladeshi male (48) restaurant worker, Oldham. Works 13 hours a day, 6 days, paid £250 a week. Has passport. Not threatened. Declined NRM. Referred to HMRC.",
  "EO WW", "LH", "L")
T("NRM (Police Scotland): PV is a Vietnamese female found in a nail salon in Aberdeen. She has debts of £20,000 'to people in Vietnam', works 12 hours a day, lives with the salon owner and is always accompanied to and from work.",
  "DB EO", "LH ET", "L")
T("FR: Adult British male, 26, mild learning disability. A couple befriended him and now make him sign for loans and mobile contracts in his name and hand over the phones. He says they tell him he'd 'go to jail' if he stopped.",
  "AV IT", "", "C")
T("Employment tribunal matter, not trafficking: care worker says she was not paid for 2 weeks when the care home closed. She has her passport, her own home and has got a new job.",
  "", "", "")
T("NRM: PV (Congolese, F, 30) brought by a church contact. Made to braid hair in a salon in Peckham for 12 hours a day, 7 days a week, paid nothing, sleeps on the salon floor. Told she'd be 'cursed' if she left.",
  "EO WW AC IT", "LH SW", "L")
T("Child NRM: girl, 16, from Sunderland. Adult male 'boyfriend' (28) has been driving her to Newcastle to meet other men, tells her she owes him for the clothes and phone he's bought her. She is not allowed to see her friends.",
  "AV DB ISO", "ET IS", "S", "high")
