# fresh187 part 3: no exploitation, look-alikes, concerns that turned out to be something else
from fresh187_common import T

T("NRM considered - not submitted. Female, 30, Polish, disclosed that her husband takes her wages and hits her. She works at a warehouse through her own choice and has her own passport. FR discussed with MSHT lead: this is domestic abuse (economic and physical) and has been referred to MARAC rather than NRM.",
  "", "", "")
T("Call from Mr HUSSAIN re tenants at 14 Kirkstall Lane. He has 9 tenants in an HMO, all on separate ASTs, licensed by Leeds CC. Neighbour had reported 'too many men coming and going'. Officers attended, all tenants spoken to, have own keys, jobs and contracts. No concerns.",
  "", "", "")
T("Nurse at St Thomas' working 4 x 13 hr shifts this week by choice to cover for sickness. Neighbour rang 101 as she 'never seems to be home'. Words of advice given, no offences.",
  "", "", "")
T("Smuggling only. Two Iraqi Kurdish males arrested in a lorry at Portbury Dock. Both paid €4,000 each to get to the UK and owe nothing. Both have family in Birmingham waiting. No coercion or work demanded. NRM not appropriate.",
  "", "", "")
T("Student from Hong Kong, 20, at Bristol Uni reported losing her BRP. She later found it in her desk drawer. She holds her own passport. Report closed.",
  "", "", "")
T("Domestic incident, Swindon. Male partner shouting at female, neighbours called. Both British, both work. No injuries, no third party involvement. DASH completed - standard risk.",
  "", "", "")
T("Licensing visit to 'Lucky Nails', Cheltenham Rd. Three staff all spoke to officers on their own, have written contracts, payslips, right to work checks on file. Manager lives off site. Staff hold own IDs. No concerns identified.",
  "", "", "")
T("Local farmer complained to police that seasonal pickers from Romania were 'taking too long' on their breaks and wants them moved on. Pickers are employed via licensed GLAA agency and have been paid on time. Civil matter.",
  "", "", "")
T("Caller reports a man sleeping in a car outside the Co-op on Hessle Road for 3 nights. Attended: male is a long-distance driver with a sleeper cab who is waiting for a load. Fine.",
  "", "", "")
T("Anon report through Crimestoppers: 'car wash on Bath Road has loads of foreign lads working there might be slaves'. GLAA and police visit 12/6: 5 workers, all with NI numbers, paid through payroll, live at their own addresses. Told officers they like the job. Nothing found.",
  "", "", "")
T("NRM referral withdrawn. Initial concern was that a 23 yo Bangladeshi student working in a restaurant in Brick Lane was being exploited. On interview he works 20 hours a week within his student visa conditions, is paid £11.50/hr and keeps his own bank card. He was upset because the manager shouted at him once. Not exploitation.",
  "", "", "")
T("Welfare check at 5 Alder Grove: elderly male not seen by neighbours. Found well, his daughter does his shopping. No concerns.",
  "", "", "")
T("Organ donation - information only. Mr AHMED (52) received a kidney at the Royal London from his brother who flew over from Lahore for the operation. Both were assessed by the HTA independent assessor and there was no payment. Hospital MSHT lead satisfied this is a genuine living related donation.",
  "", "", "")
T("Call handler log 22:14: Female caller says her 'flatmate is never allowed out'. Further questions: flatmate is 17 and her parents have grounded her for missing college. Advice given. No crime.",
  "", "", "")
T("Hotel staff at a Premier Inn in Milton Keynes concerned about a man checking in with three young women. Officers attended: a hen party - all adults, all known to each other, booked and paid by the bride. NFA.",
  "", "", "")
T("Employment dispute. Mr NOWAK says his employer (a Bedford builder) owes him £1,600 in unpaid wages after he left. He was free to leave, paid previously, has his own documents and lives in his own flat. Signposted to ACAS and Citizens Advice.",
  "", "", "")
T("Referral for concern at a church in Tottenham - young women helping in the kitchen every Sunday without pay. Spoke to pastor and women: they are volunteers from the congregation who come and go freely. No concerns.",
  "", "", "")
T("Rough sleeper outreach note: Mr D (Latvian, 45) sleeping at the bus station. Says he lost his job at a factory when it closed. No one is controlling him. Referred to No Second Night Out.",
  "", "", "")
T("Transplant patient Mrs OKAFOR (61) attending Guy's for follow up after deceased-donor kidney transplant in 2023. Flagged on a system check because she had travelled to Nigeria. Clinician confirms transplant was performed in the UK via NHSBT. No concerns re organ trafficking.",
  "", "", "")
T("Intel 3/C/4. Drugs supply from a flat on Gorse Street, Derby. Occupant is a 34 yr old adult male, a known dealer selling cannabis. No evidence of anyone being exploited or coerced. Pass to neighbourhood team.",
  "", "", "")
T("Au pair (German, 19) living with a family in Richmond. Her mum rang us worried because she didn't answer her phone over the weekend. Au pair contacted: she'd been at a festival with friends, has her own passport and phone, works 25 hrs a week for £100 plus board, happy.",
  "", "", "")
T("Sex worker (independent, 35, British) reported a client for non-payment. She works from her own flat, sets her own prices and keeps her own money. No indicators of exploitation.",
  "", "", "S")
T("Staff at a Lidl distribution centre in Avonmouth work 4 on 4 off 12 hour shifts, contracted, paid above NMW. Agency workers are bussed in by the company coach at no charge. Raised at a GLAA audit: compliant.",
  "", "", "")
T("Report of ASB: group of youths drinking in Queen's Park. Dispersed.",
  "", "", "")
T("NRM - not made. Concern initially was forced criminality for a 30 yr old male arrested for shoplifting in Nottingham. He says he steals to fund his own heroin habit and no one tells him to or takes the goods. Referred to drug services.",
  "", "", "")
T("MSHT training note for new call handlers: indicators to listen out for include someone else holding passports, workers being moved in vans early and late, and people who look scared to talk. (Training material, not a report.)",
  "", "", "")
T("Caller states Polish neighbour 'works all hours, never sees his family'. He is a self-employed plasterer working long days on his own contracts and goes home to Gdansk every month. No concerns.",
  "", "", "")
T("Border Force - Heathrow T4. Passenger (Indian, female, 27) arriving on a skilled worker visa as a care assistant. Holds her own passport and CoS. Says she paid no fees. Employer checked and is on the register. Allowed entry.",
  "", "", "")
T("Domestic worker complaint: cleaner says family she works for in Chelsea are 'rude'. She lives in her own flat, is paid £15 per hour by bank transfer and has days off. Advised she can leave; no exploitation.",
  "", "", "")
T("Theft from motor vehicle, Keighley. Tools taken from van overnight. No suspects.",
  "", "", "")
T("Information from DWP: 14 UC claims linked to the same address in Walsall. On visit, address is a large student block with 40 flats and the claimants are all genuine separate tenants. Closed.",
  "", "", "")
T("Hospital safeguarding: A 19-year-old Romanian woman attended maternity with her partner who interpreted. Midwife later saw her alone with a professional interpreter. She reports no concerns, has her own ID, phone and bank account and is studying English. Partner was interpreting only because he speaks English.",
  "", "", "")
T("Referred as possible trafficking: Albanian male, 24, arrested for cannabis cultivation in Corby. In interview (with solicitor), he said he set up the grow himself with a friend to make money, was free to come and go and had not been threatened. CPS advised no s45 defence; charge.",
  "", "", "")
T("DtN submitted as a precaution. Vietnamese adult (M, 28) working in a nail bar in Ipswich. He holds his passport, lives with his wife and is paid through the books. He said he paid a smuggler years ago but owes nothing now. No current indicators.",
  "", "", "")
T("Teen (17) working 40 hrs at a summer job in a holiday park in Skegness. Parent worried about hours. Park confirms contract within working time rules for young workers, breaks given. No concern.",
  "", "", "")
T("Caller: 'there are 6 vans parked outside the house every morning at 5am and men get in'. Checked: it's a depot for a roofing firm that parks its vans on the street; the men are employees who live elsewhere and drive in themselves.",
  "", "", "")
T("Concern raised that a young woman in a Birmingham salon 'never speaks' to customers. Visit: she is deaf, employed on a contract, and her manager uses BSL. She confirmed through a BSL interpreter she is happy. No exploitation.",
  "", "", "")
T("RTC on the M6 J10, two cars, minor injuries. Both drivers exchanged details.",
  "", "", "")
T("Benefit fraud investigation (DWP): claimant failed to declare earnings from a second job. No third party involvement. Not a trafficking matter.",
  "", "", "")
T("Salvation Army support worker notes: initially considered NRM for Ms G (Ghanaian, 40). On discussion her 'employer' is her sister, she lives with her as family and helps with the kids while she studies. She has her passport and her own money. No exploitation - immigration advice only.",
  "", "", "")
T("Missing person 15yo female from Swansea - returned home after 3 hours, had been at friend's house and phone died. Return interview: no CSE/CCE concerns, no adults involved. Closed.",
  "", "", "", "low")
T("Farm in Lincolnshire: seasonal workers on SWS visas. GLAA inspection found caravans clean and uncrowded, workers paid on time, passports held by workers themselves, and a workers' welfare officer on site. Licence compliant.",
  "", "", "")
T("Concern from gym staff that a man using the ATM in the foyer had 'lots of cards'. Officers spoke to him: he is a small business owner with a personal card, a business card and a credit card. No concerns.",
  "", "", "")
T("Man with learning disability (28) in Worcester supported by a carer. Neighbour saw carer taking money out for him. Adult social care checked: carer is an approved appointee, full accounts kept, money used for his shopping. No abuse.",
  "", "", "")
T("Kidney donation query: A Pakistani family in Bradford asked their GP about 'buying' a kidney abroad for the father who is on dialysis. GP advised that this is illegal and explained the UK waiting list. No transaction took place. Info only.",
  "", "", "")
T("FR notes: Ms R (Romanian, 26) referred by the hotel she works at as staff thought her boyfriend 'controls' her. Spoken to alone: boyfriend drives her to work because she has no car, she holds her own ID, her wages go into her own account and she can leave him. No indicators. Not referred.",
  "", "", "")
T("Burglary dwelling, Stevenage. Entry via rear window, jewellery taken. SOCO attended.",
  "", "", "")
T("Report of a 'trafficked' dog - caller concerned about puppies being sold from a van in Barnsley. Passed to RSPCA/Trading Standards.",
  "", "", "")
T("Live-in carer (Zimbabwean, 50) for an elderly man in Hove. Concern raised she works 'all day'. She has a contract via an agency, 2 hrs break per day, 2 days off per week, her own passport and phone and goes to church on Sundays. Satisfied no exploitation.",
  "", "", "")
T("Chef (Nepali, 35) works 50 hrs a week at an Indian restaurant in Aldershot. Paid by payroll, has a sponsor licence visa, holds own passport, lives with his family. Concern came from a competitor. No further action.",
  "", "", "")
T("Police officer note: Asked Mr POPESCU whether anyone holds his documents. He said 'no, they are mine, I keep them at home'. Asked whether he has been threatened - 'no, never'. Whether he owes money - 'no'. Accepted as genuine.",
  "", "", "")
T("Public report: 'loads of men living in the flat above the shop on Stoney Stanton Rd'. Coventry CC HMO team visited: 4 men, each with own room and tenancy, licensed HMO. No concerns.",
  "", "", "")
T("Fraud: elderly woman in Ealing scammed by phone into transferring £8,000. Action Fraud ref obtained.",
  "", "", "")
T("Parents' complaint that a 16yo is 'being used' by a football academy that makes him train 6 days a week. Academy: normal EPPP training schedule, he is on a scholarship, attends education. Not exploitation.",
  "", "", "", "low")
T("Intel 2/B/4: Brothel operating above a shop on Whitechapel Rd. Source says 3 women work there, all adults, 'work for themselves and split the rent'. No force or control mentioned.",
  "", "", "S")
T("Refugee Council case note: client (Syrian, 33) asked whether paying the smuggler means he is a victim of trafficking. Explained difference. He was not forced to work, owes nothing and has no contact with smugglers. No NRM.",
  "", "", "")
T("Home Office - Immigration Enforcement visit to a takeaway in Wrexham. One worker without the right to work, lives with his brother, paid cash at around £10/hr. Civil penalty to employer. No trafficking indicators.",
  "", "", "")
T("Concern through MASH from a health visitor: mum of three in Luton seems very tired and says she 'never gets a day off'. She is a single parent with a newborn. Referred for family support. No exploitation.",
  "", "", "")
T("Caller reports her son (22) has 'joined a cult' because he volunteers with a charity abroad. He is an adult, calls her weekly and chose to go. Advice.",
  "", "", "")
T("Construction site Salford: HSE inspection found scaffolding defects. Workers directly employed, paid weekly, provided PPE free. Prohibition notice issued for the scaffold; no labour exploitation.",
  "", "", "")
T("Criminal damage to a shop front in Plymouth. CCTV seized.",
  "", "", "")
