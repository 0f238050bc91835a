#!/usr/bin/env python3
"""Hand-written texts for fresh97 (financial-intelligence emphasis). Each entry is one
hand-written text with its labels; short codes are expanded below. Run to (re)write
bench/text/fresh97.jsonl."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", RM="restriction_of_movement",
           ISO="isolation", PSV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", swp="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

E = []
# a sign goes with its indicator when both are described
PAIR = dict(ISO="iso", RM="rm", EO="lh", RD="dt")
def T(text, ind="", sig="", typ="", risk=None):
    ind, sig = ind.split(), sig.split()
    for i, s in PAIR.items():
        if i in ind and s not in sig:
            sig.append(s)
    E.append((text, ind, sig, typ.split(), risk))

# ---- part 1 ----
T("Fraud team alert: 9 current accounts opened over 6 weeks giving the same address, 14 Carrow Rd. All applicants Romanian nationals, same mobile number on 6 of them. Salary credits from Brightfield Recruitment land and are withdrawn in full within hours at one ATM, cards used in sequence by one male.",
  "WW", "ncw mbc", "L")
T("SAR summary. Subject KOVAC, Milan (DOB 03/02/1988) is registered as contact on 11 accounts held by Slovak males. Wages from a poultry factory paid in weekly, then moved by standing order to an account in KOVAC's name the same day. Account holders appear to have no online banking access. Grading 2/B/P.",
  "WW", "ncw", "L")
T("Customer came into branch with a man who did all the talking, she didnt seem to understand, he had her card and pin already written down. He asked to raise her daily limit. She looked at the floor the whole time.",
  "", "sfw ncw", "")
T("Account review closed: 4 accounts at one address belong to a mother, father and two adult sons, all working at the family's bakery. Each has their own card and app login. No concerns.",
  "", "", "")
T("INT suggests POI DUMITRU, Ion controls bank cards of approx 12 workers at hand car wash, Leicester Rd. Workers paid £30 a day in cash 'after deductions', cards kept in a bum bag on DUMITRU. 3/C/P",
  "WW", "ncw mbc", "L")
T("Ms NGUYEN told the caseworker (through interpreter) that when she arrived, a man opened a bank account for her at a branch in Birmingham. She signed papers she could not read. After that she never saw the card. Money from the nail bar 'went on the card' and she was given £40 each Sunday for food.",
  "WW AV", "ncw", "L")
T("Student, 20, admits she sold her bank account details to a man on Snapchat for £300 after he messaged her about 'easy money'. She knew it would be used to move money. She has not been threatened and has cooperated with the bank. Treated as money mule, fraud offence, no exploitation concerns.",
  "", "", "")
T("DWP note: Universal Credit claims for 7 separate claimants all list the same landline and are managed through one online journal logged in from a single IP address. Claimants are Czech Roma families, none speaks English. Payments go to 3 accounts. Interviewed claimants could not say how much they get; a man called Pavel 'helps with the paperwork' and keeps the cards.",
  "", "ncw mbc sfw", "")
T("HMRC compliance note: payroll bureau files for a Kent packhouse show 80 workers paid net of 'accommodation' and 'transport' deductions of £250 a week from pay of about £290. Workers live in caravans on the site owned by the labour provider. Rides to the field charged at £8 a day.",
  "WW", "ct", "L")
T("Payroll bureau in Peterborough checked by GLAA: 140 workers, all paid into their own accounts, payslips itemised, no deductions except tax and NI and a voluntary canteen scheme. No issues found.",
  "", "", "")
T("Bank fraud team: 23 debit cards linked to different account holders used at the same Tesco cash machine between 02:10 and 02:45 on 4 consecutive Fridays. CCTV shows one man in a grey hoodie.",
  "", "mbc", "")
T("Mule account identified. Account holder, male, 16, says an older lad from the estate asked to 'borrow' his account and gave him £200. He later got messages saying if he told his mum or the bank 'you know what happens'. He is scared to leave the house.",
  "AV IT", "", "C", "h")
T("Remittance agent flagged: same sender in Luton sending £400-£600 each week to 30 different recipients in Vietnam, with a note field reading 'no debt' or the name of a village. Sender says he is sending on behalf of 'workers who pay back the family loans'.",
  "", "", "")
T("Referral from Salvation Army: Mr TESFAYE (Eritrean) reached the UK via Libya and was told on arrival he owed £9,000 to the smuggler's cousin. He works in a takeaway kitchen in Bradford and his pay is paid into the cousin's account. He has to ask for money for food. He was told the debt would be sent to his mother if he ran.",
  "DB WW IT", "ncw", "L")
T("Bank note - elderly customer's pension is withdrawn every week by her nephew who holds her card. She is happy with the arrangement and told staff he does her shopping. Adult safeguarding informed as routine; no concerns raised by the social worker.",
  "", "", "")
T("DWP: Pension credit for Mr HALL (78, dementia) collected by a lodger who has his card and pin. Mr HALL lives in one room. Referred to adult social care for financial abuse.",
  "", "ncw", "")
T("101 call: caller works at a Western Union counter, says a woman sends nearly her whole wage home every month and is always with a man who fills in the form and counts the change. Caller feels something is wrong but the woman seemed fine and chatted.",
  "", "sfw", "")
T("OIC handover: IP is PATEL, Rupa, 34, Indian national, domestic worker in a private house in Harrow. Employer opened an account in her name 'for her salary', she has never held the card. Family say they send her salary to her husband in Gujarat. She works 6am to midnight, sleeps in the utility room, has no day off. Passport kept 'safe' by the wife.",
  "WW EO RD AC", "ncw lh dt swp", "D")
T("intel log 14/03 - 2/B/P - VRM YX19 KLD seen dropping 6 males at Holloway Rd branch, males enter one at a time with driver, driver keeps hold of cards after each withdrawal. Males appear Eastern European, work clothes, dusty.",
  "", "et mbc ncw", "")
T("Money mule investigation: ADEYEMI, 24, knowingly received £18,000 from romance scam victims and passed it on for a 10% cut. Admits it. No indication of coercion or control by others. Charged with money laundering.",
  "", "", "")
T("He said he was helping us. He opened accounts for all six of us in the same week, we live in his house. Then he said the cards must stay with him or we would lose them. My salary from the warehouse, I do not see it. He gives me £25. He says I still owe £2,000 for the agency fee and flights. It is never going down.",
  "WW DB", "ncw uf", "L")
T("Caseworker note (Unseen): client says the 'boss' collects all the workers' bank cards on pay day and drives them to the cashpoint, they stand in a line, he takes the money out. Client gets £100 a month. Client sleeps in the van some nights. Client is frightened that if he speaks to police he will be sent back to Albania.",
  "WW", "ncw mbc et foa swp", "L")
T("Bank alert - customer aged 19, new to country, account opened 2 weeks ago, now receiving credits from 15 unrelated individuals, cash withdrawn same day. Customer's mobile is registered to a different account holder.",
  "", "", "")
T("Hotel payroll check: housekeeping staff supplied by an agency that is properly licensed; payslips show holiday pay and the minimum wage. Staff interviewed with no managers present; all have their own bank cards and passports. No issues.",
  "", "", "")
T("Crimestoppers: theres a house on Albert St, 5 or 6 men living there, a man in a black merc comes every friday and they all give him their cards then he goes to the cashpoint at the garage. they go to work in a minibus at 5am and come back at 9 or 10 at night. the windows have sheets on them",
  "", "mbc ncw cedl et", "L")
T("Interpreter: she says that the woman who brought her from Lagos told her that the nanny job would pay £500 a month. She says that since she came nobody has paid her. Madam says the money goes to her mother in Nigeria. She says her mother has received nothing.",
  "DEC WW", "ncw", "D")
T("Benefit fraud unit: a landlord in Oldham receives Housing Benefit for 9 tenants in an HMO direct to his own account. Tenants are genuine, pay no rent themselves and have access to their own money. Overclaim relates to room sizes only. No exploitation indicated.",
  "", "", "")
T("SAR: account of LUCA, Andrei receives universal credit for 4 other people plus child benefit for 9 children. Claimants' addresses all at 2 terraced houses owned by LUCA. Some claimants were seen begging outside Lidl. Claimants say they 'pay him back' for the journey.",
  "DB", "ncw", "C")
T("GLAA note: 3 workers at a mushroom farm paid through an umbrella company whose payments go into a single account managed by the team leader, who then 'pays out'. Workers say they receive what they are owed but have no payslips. Advice given; follow up in 4 weeks.",
  "", "ncw", "")
T("A&E note: male, approx 30, Polish, presented with a crushed hand from a press at a recycling plant. Accompanied by a supervisor who answered all questions and said the patient had no bank card or ID with him. Patient did not make eye contact. Said he lives at the site.",
  "", "pa sfw swp", "L")
T("Witness statement extract: 'I work at the bank as a cashier. The same man comes in most Mondays with a different young woman each time. They look tired and say very little. He carries their cards in an envelope and does the talking. Once a woman tried to say something to me and he squeezed her arm hard and she stopped.'",
  "", "sfw ncw", "")
T("Victim debrief, first person (translated from Vietnamese): I paid 20,000 dollars, my family borrowed from a money lender in Nghe An with the house as guarantee. In England I worked in the cannabis house. They said every crop pays part of the debt. I could not go out, the door had a lock on the outside. They bring food once a week. If I talk, the lender takes our house and my parents will have nothing.",
  "DB RM IT AV ISO", "rm", "C", "h")
T("Intel 2/C/C (not to be shared outside MSHT unit) - nom SHKRELI is using 'runners' aged 15-17 to collect cash from a cannabis grow and pay it into 8 student accounts he bought. Runners paid in weed and 'owe' him for lost cash.",
  "AV DB", "", "C", "h")
T("my flatmate gave her bank card to her boyfriend because she's rubbish with money, he pays the bills and gives her what she asks for. they've been together 3 years. is that financial abuse?? she seems happy",
  "", "", "")
T("Council licensing visit to nail bar, High St. Two staff said they are paid cash by the owner's brother, amount 'depends'. Both live above the shop with 4 others, mattresses on floor. One was unable to say which town she was in. Referral made.",
  "ISO AC", "ncw oc plc iso", "L")
T("Loan shark inquiry: complainant borrowed £500 from a man in her street and now owes £2,300 because of weekly 'interest'. He holds her bank card and takes her benefits each Monday. He has said he will smash her windows if she stops paying. She does not work for him.",
  "IT", "ncw", "")
T("Police handover: IP, Sudanese male, 17, found sleeping in a car wash storeroom in Croydon. Says he is paid 'when the boss says', has received £60 in 3 weeks. Boss holds his phone at night. Age disputed. Children's services on scene, IP placed in foster care tonight.",
  "AV WW ISO", "swp", "L", "h")
T("Two accounts in names of a British brother and sister, 23 and 25, both with learning difficulties, are operated online by their 'carer', a neighbour. The siblings work 40 hours a week cleaning at his unit and receive nothing, 'he buys us chips'. The neighbour also claims their PIP.",
  "AV WW", "ncw", "L")
T("Bank: cash deposit machine used to pay in £9,950 in mixed notes by a young man in school uniform on 3 occasions. Account in the name of a 15 year old. Mother unaware of account. Referred to police as possible criminal exploitation.",
  "AV", "", "C", "h")
T("HMRC: a construction subcontractor registered under CIS uses one address for 36 self-employed Romanian operatives; tax rebates for all 36 are paid to one bank account not in any of the workers' names. Workers questioned on site did not know they were self-employed.",
  "WW DEC", "ncw", "L")
T("Pay dispute: Mr SINGH says his employer at the restaurant has paid him late twice this year and underpaid his holiday. He has his own account, lives at home with his family, and has now found another job. Referred to ACAS.",
  "", "", "")
T("Report from public: I rent a room to a Chinese lady, she works in a massage place and a man comes and takes her money every night at 2am, she cries a lot, she says she has to pay back 30,000 for coming here, she doesn't go anywhere except the shop and he drives her.",
  "DB", "ncw et cedl", "S")
T("Fraud team escalation: 3 female account holders, all Romanian, aged 19-22, accounts opened the same day with passports, same 'employer' listed as a cleaning company that does not exist. Incoming payments come in small amounts from many men through the night and are withdrawn each morning by a male. Advertising profiles found on an adult site with the same phone numbers.",
  "WW", "ncw", "S")
T("Bank security: a customer rang in a panic saying her husband has taken her card and will not let her have any money. No mention of work. Referred to domestic abuse services.",
  "", "", "")
T("NGO note (Kalayaan): worker from Indonesia accompanying a diplomat's family. Her salary of $100 a month is paid into an account in Jakarta that her employer's sister holds. She has not been paid in the UK at all. She works from 6am, looks after 3 children, cleans the house and is not given a day off. She says she was not allowed to leave the house alone and her passport is in the employer's office.",
  "WW EO RM RD", "ncw lh rm dt", "D")
T("101: my son is 14 and has been given a bank card by a man I don't know. Money goes in and out of it. My son says he has to go to Margate on the train to 'drop stuff' and the man will 'sort him out' if he doesn't. He has been missing 2 nights this week.",
  "AV IT", "", "C", "h")
T("Prison note: inmate ZHANG says he was told to open 5 bank accounts with fake passports given to him, and to withdraw money each day for a group in Manchester. He was paid nothing; he says they kept his real passport and said his family in Fujian would pay if he stopped. He now faces fraud charges.",
  "RD WW IT", "dt", "C")
T("Fraud team: account opened by a 71 year old widower is receiving and forwarding large sums. He believes he is helping a woman he met online to release an inheritance. He is a victim of romance fraud being used as a money mule. No one is controlling his movement or work.",
  "", "", "")
T("Caseworker: Mr MAHMOOD (Pakistani) says he is paid properly by the restaurant and sends money home. He has his own card. The only issue is his visa has expired and he is worried about immigration. No indicators of exploitation.",
  "", "", "")
T("Bank fraud alert - an account in the name of an Eritrean refugee receives the wages of 6 other people from a meat processing plant. The refugee says he does this for his cousins because they have no accounts yet and he gives them all the cash each Friday. Interviewed workers confirm. Plan: advise workers to open own accounts.",
  "", "", "")
T("Anon online report: theres a lad at the car wash on station road hes always there from 7 til 9 at night, never a day off, he told me he gets 'pocket money' and the boss keeps the rest because he owes for his bed, he sleeps in the back in a portacabin",
  "EO WW DB AC", "lh swp ncw", "L")
T("INT: nom GASHI supplies ID documents and bank accounts to persons working in brothels in Newcastle. Females' earnings paid onto prepaid cards held by GASHI. Females allowed to keep tips only. 2/C/P",
  "WW RD", "ncw dt", "S")
T("The agency in Bucharest said I would be working in a chocolate factory for £9 an hour. They took 400 euro for the job. When I came they put 10 of us in a house with 3 bedrooms. My wage was paid to an account the agency man opened. He gave me the card once to show me and then took it back. At the end of every week there was nothing left, he said it was the rent, the transport and the gloves and boots.",
  "DEC WW AC", "uf oc ncw ct ppe", "L")
T("Safeguarding referral (school): Year 10 pupil, female, has a new phone, new trainers and a bank card in her name she says 'her boyfriend' set up. He is 24. She has been seen getting into cars after school. Money goes in from 'friends of his'. Teacher concerned about CSE.",
  "AV", "", "S", "h")
T("Migrant Help note: Mrs OKAFOR owes £4,000 to a woman in Benin City for her 'sponsorship'. She sends £200 a month from her wages as a cleaner. She lives on her own, has her own account, has her passport and is free to work where she wants. She says the woman has never threatened her.",
  "", "", "")
T("Money mule, 17, from care home, found with 6 bank cards in other people's names and a list of PINs. Says he was given them by a man he owes money to for a phone that 'got lost'. The man has beaten him once. He must withdraw £500 a day from different ATMs.",
  "AV DB PSV", "mbc pa", "C", "h")
T("Kidney transplant: patient, 46, receiving a donor kidney from his brother at Guy's. Full HTA approval. Brother donating freely. No payment. Routine note.",
  "", "", "")
T("Border Force: female, 26, Albanian, arriving LTN with return ticket and £2,000 cash she says belongs to 'a friend' who paid her flight. She does not know where she is staying. Her phone contains messages telling her to hand the cash to a man at the airport and that she 'will work off the rest'.",
  "DB ISO", "", "")
T("INT: 3/C/P - an unknown male driving a silver Passat collects an Indian national (believed student) from her flat each day at 6am and brings her back at 11pm. She works at a sweet factory and her salary is paid into the male's account. She is not allowed to keep her phone in the evenings.",
  "WW ISO EO", "cedl ncw lh", "L")
T("Financial investigator note: restrained funds in KRASNIQI's accounts (£212,000) traced to earnings of 16 women working in pop-up brothels in hotels; each woman 'paid' £50 of every £150. Women said KRASNIQI told them the rest covered their 'debt' for flights and ads, which rose each week.",
  "WW DB", "ncw", "S")
T("Customer complains his employer at the farm deducted £40 for a uniform and safety boots from his first pay. He has left the job and was paid the rest. He wants advice about whether this is legal.",
  "", "ppe", "")
T("Interview summary: she says that the man called Marek arranged everything in Poland and paid her coach. In England she was put to work in a laundry. She never saw payslips. Her wages went to a card Marek holds. When she asked for money he hit her face and said next time she would not walk.",
  "WW PSV IT", "ncw pa", "L")
T("DWP: Claimant with learning disability found to have a new 'partner' who moved in, took over his UC account and has been selling drugs from his flat. Claimant sleeps on the sofa in his own home. Neighbours report many visitors day and night.",
  "AV", "ncw", "C")
T("999: woman calling from a toilet in a restaurant in Chinatown says she is locked in the flat upstairs at night, the boss has her passport and card, she wants to go home now. Call cut off.",
  "RM RD", "rm dt ncw", "L", "i")
T("Press summary: Two men were jailed at Bristol Crown Court for forcing homeless men to work on driveways for no pay. The men were picked up from shelters with promises of 'good money and a roof', kept in a caravan with no heating and taken to their bank each week to hand over their benefits. One victim was beaten with a spade when he asked to leave.",
  "AV DEC WW AC PSV", "ncw plc", "L")
T("Student account closed after customer, 21, admitted she let a friend use her account to 'receive money for a business'. She got £150. No duress.",
  "", "", "")
T("Probation note: offender RAHMAN reports he is being pressured by an old associate to 'hold money' in his account. He refused. No threats made. Advised to report any contact.",
  "", "", "")
T("victim account (written by NGO worker, client's words): 'He took my passport to open the bank account and to sign the rental. He says the passport is with the lawyer. I never had the card. They pay me by cash, £100 for the week, the rest he keeps for the debt. We are 8 in the house, only two rooms.'",
  "RD WW DB AC", "dt ncw oc", "L")
T("Bank alert: account of a pensioner in Rotherham shows 20 payments from a nail bar over 2 months. Pensioner says her grandson uses it. Grandson, 19, works at the nail bar and has his own account; he says the owner pays into gran's to 'avoid tax'. Passed to HMRC.",
  "", "", "")
T("INT 2/B/P: Pakistan national, 35, recruited via WhatsApp for 'warehouse supervisor' job. On arrival made to work as a labourer at a cash and carry 70 hours a week. Wage of £400 a month paid to his agent who says it covers 'the sponsorship fee' of £15,000.",
  "DEC EO WW DB", "lh uf ncw", "L")
T("GLAA intelligence: labour provider charging each new worker £250 'registration' and £120 for a mandatory medical before they can start. Workers otherwise paid correctly and free to leave. Licence condition breach.",
  "", "uf", "")
T("Caller to helpline: 'My sister in Slovakia was told she would work in a hotel in Scotland. Now she says she is in a flat and men come. They took her ID card. She is not allowed to keep any money, they say she has to pay them first for the trip. She is scared they will hurt our mother.'",
  "DEC RD WW DB IT", "dt ncw", "S")
T("Bank fraud ops: 6 accounts in the names of Slovak women opened by the same introducer, all receive UC and child benefit, then money is moved to introducer's account within minutes. Introducer also listed as the women's landlord. Women could not be contacted directly; introducer answers every call.",
  "", "ncw sfw", "")
T("Community nurse: visited a Bengali family; grandmother's attendance allowance is managed by her son who buys her food and medicines. She has a bedroom and a TV and is well cared for. No concerns.",
  "", "", "")
T("Witness: 'I'm a taxi driver. Most nights I pick up two girls from a flat in Ilford at midnight and drop them at hotels. A man pays me on his card and tells me where to go. The girls are young, one looked about 15. They never have any money or bags with them.'",
  "AV", "fpe et", "S", "h")
T("A&E: 29yo Romanian male with untreated infected leg wound, says he works in a scrapyard and has not been paid for months because the boss 'keeps it for him'. Says he sleeps in a shipping container with 4 others. Wants to return to work today, fearful boss will be angry.",
  "WW AC", "pa ncw swp oc plc", "L")
T("Report from bank staff: customer's account used for a money service business receiving funds from 80 UK accounts and sending to Albania. Director is Albanian, business registered 3 months ago, no staff listed. Suspected laundering. No information about victims or workers.",
  "", "", "")
T("Social worker: 16yo boy in care says he is being paid in cash by a man to hold phones and cash for a line in Hastings. He was told he owes £800 because a package was 'robbed' and must work it off. He is now afraid to go out in case they find him.",
  "AV DB IT", "", "C", "h")
T("INT 2/B/P - intelligence that Filipina cleaners supplied by a cleaning firm in Kensington are recruited in Manila with a placement fee of 2,000 USD deducted from their pay at £300 a month. They live in a flat owned by the firm director, 6 to a bedroom. The director keeps their work permits 'for compliance'.",
  "DB RD AC", "uf oc dt", "L")
T("Victim account: I came to work in the fields. After 2 months the gangmaster told us the farm did not pay him and so he could not pay us. He said wait. We waited 5 months. We had nothing, we ate bread and potatoes. When we complained he said the police would arrest us because we have no papers.",
  "WW AV", "foa", "L")
T("Bank: customer, Vietnamese, aged 18, opened account with her passport, in the company of an older man who said he was her uncle and kept the passport when they left. The account now receives transfers from a nail salon.",
  "RD", "dt sfw", "")
T("Complaint to police: a man took £2,000 from me for a job in a hotel in Manchester, but there was no job and I never heard from him again. I am in my own flat.",
  "", "uf", "")
T("Cuckooing: flat of vulnerable male, 52, alcohol dependent, taken over by dealers from London. They hold his bank card and use it for supplies and hotel rooms. He is kept in the bedroom when they deal. He told PCSO he's scared they'll 'stab him up' if he calls police.",
  "AV RM IT", "rm ncw", "C", "h")
# ---- part 2 ----
T("SAR: 14 accounts at 7 Pelham Terrace.", "", "mbc", "")
T("Bank fraud note: 5 personal accounts opened at one HMO, all salaries from the same agency, all money used by each holder on groceries, rent and transfers home. Spoke with 3 holders: they share a house by choice to save money. No concerns.",
  "", "", "")
T("INT 2/B/P: nom HOXHA drives Albanian males from a house in Ilford to cannabis grows in Essex. Males are told the journey to UK cost £18k and each harvest 'takes some off'. HOXHA holds their phones while they are at the grows. One male has a burn injury from the lights, not treated.",
  "DB ISO AC", "et pa", "C")
T("omg theres this guy at the cashpoint by spar every sunday night with like 10 cards and hes got a lad with him who types the pins in, the lad looks terrified, happened 3 weeks now",
  "", "mbc", "")
T("I was told I would be a model for a fashion company in London and they paid my ticket. At the airport a woman took my passport and said it was to check my visa. In the flat there were other girls. They said I must do sex work to pay the £25,000 for the ticket and the visa. When I said no, the man raped me. I was not allowed to leave the flat. The money the clients paid went to the woman's bank card.",
  "DEC RD DB PSV RM WW", "dt rm ncw", "S")
T("Fraud strategy team: rise in 'account takeover' where fraudsters obtain student account credentials through fake job adverts ('payment processing assistant, work from home'). Students are told the role is legitimate and receive a small fee. Most were unaware funds were criminal.",
  "DEC", "", "C")
T("Building society: 3 generations of a Sikh family hold joint accounts and the father manages the family shop's payroll, paying his sons and daughter-in-law. All parties spoke to branch manager separately and are content. Closed.",
  "", "", "")
T("GLAA inspection of a food factory agency: workers recruited in Bulgaria paid a €300 'job fee' and £70 for a hi-vis jacket and boots taken from first wage. Otherwise paid correctly into own accounts, can change jobs. Licence warning issued.",
  "", "uf ppe", "")
T("Intel log 09/11: 3/C/C (LA partner only) - female aged approx 17 seen at cash machines in Bolton with a man in his 30s at 3am, he takes the cash from her after each withdrawal. Believed to be linked to a flat where parties with older men take place.",
  "AV", "ncw", "S", "h")
T("Caseworker note: Mr BALOGUN (Nigerian) was brought to work as a carer in a private care home in Kent on a sponsored visa. The sponsor charged him £12,000 for the certificate of sponsorship, which he is repaying from his wages at £600 a month. He works 72 hours a week, most weeks with no day off, and was told his visa would be cancelled and he would be deported if he complained.",
  "DB EO IT AV", "uf lh foa", "L")
T("Witness (bank cashier): 'The young woman wanted to take out £3,000 and kept looking at the car outside. A man came in and said she was his wife and took the envelope. I asked her if she was alright and she said yes. I didn't see anything else.'",
  "", "", "")
T("DWP: Claimant states she is forced by her husband's family to hand over her Universal Credit and work unpaid in their shop 10 hours a day. She has not been allowed to go to college. She came to UK on a spousal visa 2 years ago and her in-laws hold her passport.",
  "WW RD RM", "ncw dt rm", "L D")
T("Bank fraud alert: same device used to log in to 31 accounts held by Indian students at 4 universities. Accounts receive payments from a logistics agency and transfer out to one person, SHARMA, R. Several students say SHARMA helped them get visas and 'manages' their pay to cover the visa fee. One student said she was told she'd be reported to the university if she asked for her money.",
  "WW DB IT AV", "ncw uf", "L")
T("Intel 2/C/P: 'Mama Joy' operating from flat in Tottenham. Nigerian females forced to sell sex to repay 'juju' oath debts of 30,000 euro. Earnings paid through Western Union to Benin City. Females believe their families will die if they break the oath.",
  "DB IT WW AV", "ncw", "S")
T("Shop worker 101: a man comes into the post office to collect the pensions of 3 elderly men who live in a house on Dale Rd. The men are never seen. Neighbours say the men work in the man's garden centre 'all hours'. One of them once knocked on a neighbour's door asking for food.",
  "EO", "ncw lh", "L")
T("GP note: Pt Polish male, 41, presents with back pain from lifting at the warehouse. Works through a large agency, 40hr week. Lives with partner. Pt asked for fit note. Nothing of concern.",
  "", "", "")
T("Fraud team: woman in her 20s opening an account, a man sat next to her answered the KYC questions for her and asked for the card to be sent to 'his office'. She did not speak English. Account refused; referred to police.",
  "", "sfw", "")
T("Victim account (Romanian, through interpreter): He says that the boss told them they must open bank accounts because the company pays by transfer. He says that after opening, the boss kept all the cards and letters. He says they got cash each Saturday, 70 pounds, and for one month nothing because the boss said the client had not paid. He says they worked 14 hours on the roof every day and one worker fell and broke his leg, and the boss took him to hospital and told him to say he fell at home.",
  "WW EO AC", "ncw lh", "L")
T("Report: my neighbour's cleaner is from the Philippines she lives in, she only goes out on Sundays to church, her employer's son drives her there and waits. she said they send her wages to her family, she's never had a bank card here. she looks so tired",
  "WW RM", "et ncw rm", "D")
T("HMRC: VAT registered company supplying labourers to building sites claims £400k of payroll costs, but bank statements show wages paid to just 4 accounts. Director says workers prefer to be paid in cash. Referred to GLAA to check for exploitation.",
  "", "", "")
T("Midwife note: 19 year old Chinese woman, 34 weeks pregnant, attended with a man who said he was her boss and would translate. When he left the room to take a call she wrote 'help' and an address. She said she has been working in a massage parlour and she was told the baby would be taken if she went to police. Police called to the ward now.",
  "IT", "sfw", "S", "i")
T("ID fraud note: 11 mobile phone contracts and 6 credit cards taken out in the name of an Afghan asylum seeker who says he gave his documents to a man who promised to find him work. The man never returned the documents.",
  "DEC RD", "dt", "C")
T("Nail bar, Coventry: owner pays each of 4 staff by transfer, they have contracts and paid leave. One worker is the owner's niece from Vietnam who lives with the family. Spoke alone with her: she goes to college three days a week and has her own card. No concerns.",
  "", "", "")
T("Organ trafficking: a Moldovan man, 28, reported he was offered £7,000 to travel to Turkey and sell a kidney to pay off a debt his family owed to a lender in Chisinau. He was given £1,500 after surgery; the rest was kept as repayment. He now has kidney pain and no money.",
  "DB DEC AV", "pa", "O")
T("INT 2/C/P: a Sri Lankan male living in Southall is said to be arranging 'donors' from India for paid kidney transplants in a private clinic abroad; donors recruited from debt-ridden families and told they would be paid $5,000. Payments routed through a hawala in Wembley.",
  "AV DEC", "", "O")
T("Transplant coordinator note: living donor, 34, donating to her sister. Independent assessor confirmed no payment, no pressure. Approved.",
  "", "", "")
T("Intel 1/B/P: MUCA, Gezim running a 'debt book' for Albanian males at 4 car washes; each new arrival owes £10,000 for transport, plus £80 a week rent for a bunk in the back. Deductions mean the debt grows. MUCA was heard saying 'the last one who ran, we found him in Birmingham' and showing a photo of the man's injured face.",
  "DB IT AC", "swp", "L")
T("My name is Hoa. My aunt said a family in London wanted a girl to look after the baby and would pay for my school. When I arrived I was 15. I cooked and cleaned for 6 people and slept on the kitchen floor. I did not go to school. They said I would be put in prison if I went outside because I have no visa. The lady slapped me when the baby cried.",
  "AV DEC AC PSV IT RM", "swp fpe foa rm", "D", "h")
T("Financial intel: 200+ small payments from men's accounts labelled 'massage' into 3 accounts in the names of Thai women, all withdrawn each night by a Thai male in his 50s at ATMs in Soho. Women were seen by police at the address and said they are paid 'later'.",
  "WW", "ncw mbc", "S")
T("Police handover: domestic incident, husband has control of the joint account and gives wife £30 a week for shopping. Wife does not work. DASH risk medium. No trafficking or work concerns, referred to IDVA.",
  "", "", "")
T("School referral: Year 8 pupil (12) says 'a man' has asked him to keep a bank card and a phone under his bed and to give them to another boy when asked. He was given £50 and a game. He says the man said his little sister 'would get hurt' if he said anything.",
  "AV IT", "", "C", "h")
T("Press: A Lincolnshire couple who ran a gang of Latvian workers have been ordered to pay back £320,000. The court heard the workers, recruited with promises of good pay, had their wages paid into bank accounts the couple controlled, were housed 12 to a house and were driven to and from farms at 4am in a van with no seats.",
  "DEC WW AC", "ncw oc cedl et", "L")
T("DWP: claimant with schizophrenia says 'his friends' live in his flat and use his money. He gives them his card because they 'look after' him. They are selling heroin from the flat and he is not allowed out of the bedroom when customers come.",
  "AV RM", "ncw rm", "C", "h")
T("Police log: male found asleep in a bank foyer with 4 debit cards, none in his name. States he was given them by 'a friend'. Known shoplifter with heroin addiction. Arrested for handling. No further info.",
  "", "", "")
T("Student ambassador scheme: university warns students that anyone who asks to 'borrow' your account for cash is recruiting money mules, and that being paid for it is a crime. Advice leaflet only.",
  "", "", "")
T("Referral from Barnardo's: girl, 14, has been given cash, vapes and a bank card by an older man in exchange for 'favours' for him and his friends. He keeps the card. She was driven to Leeds last week and raped by a man there. She is not at home tonight; her mother can't reach her.",
  "AV PSV", "", "S", "i")
T("Public report: FAKE JOB!!! they said cleaning in a hotel paid weekly, i went and paid £150 for 'dbs and training', then they said no job. i've got my own place thank god. want my money back",
  "", "uf", "")
T("Border Force LHR: Indian female, 23, arriving on a visitor visa to work as a 'domestic helper' for a family in Leicester. Family sponsor paid for the ticket; she has a contract stating £100 per month, 7 days a week, and that her passport 'shall be kept by the employer'. Screened and referred.",
  "EO", "lh", "D")
T("Probation: client COLE says she was used to 'cash out' card fraud by her ex-partner, who took all the money and punched her when she took too long. She now lives in a refuge. No current contact.",
  "PSV", "", "C")
T("Labour abuse: restaurant owner in Glasgow pays Bangladeshi chef £250 a week for 70 hours, below the minimum wage. Chef has his own account and lives with his family. He has his passport. He can leave but says he needs the sponsorship.",
  "EO", "lh", "L")
T("Victim debrief (Eritrean man, English is his 3rd language): In Libya they sell us. In UK the man who paid for the boat say I owe him. I work in his friend's car wash. My money goes to his card. He say if I go police, my brother who is still in Libya will be killed. I sleep in the car wash room with other 3, no shower.",
  "DB WW IT AC", "ncw swp oc plc", "L")
T("Bank: Customer said a friend asked to send money from his account to Vietnam. The friend said it is to pay the 'lender' back home. Customer knows the friend works in a nail bar but she has her own account and is free. He did it twice. Advice given.",
  "", "", "")
T("GLAA briefing: at a Norfolk poultry farm, 30 Lithuanian catchers are driven in a minibus from a gangmaster's house at 11pm, work through the night, and are dropped back at 10am. Each is charged £10 a day for the bus. Pay goes to a card the gangmaster holds. Several have bruises; the gangmaster's son hits them if they are slow.",
  "WW PSV EO", "cedl et ct ncw pa lh", "L")
T("Fraud note: multiple applications for loans made in the names of 3 Roma women with limited literacy, using the same email address controlled by their 'boss' at a textile factory. Loans paid to his account. Women said they were told they were signing work contracts.",
  "DEC AV", "ncw", "L C")
T("Intel 3/C/P: unverified that a Chinese woman aged around 20 is living inside a takeaway in Swansea, works every day, and the owner keeps her passport and wages. Not known if she can leave.",
  "EO RD WW", "swp lh dt ncw", "L")
T("999: male says he's been locked in a shipping container at a farm in Herefordshire since last night by his 'boss' after he asked for his wages. He has no food. He gives a location near a reservoir. Units dispatched.",
  "RM WW", "rm", "L", "i")
T("Customer complaint: my employer at the hair salon paid me 2 weeks late in December because the bank details changed. I got all of it in the end. Not happy about it.",
  "", "", "")
T("Anonymous online: there is an indian man at my work (a sandwich factory) who asks all the new Indian workers to hand him there bank cards, he says he is there 'manager' from the agency. They are too scared to say no because he tells them he can cancel there visa. I don't know if he gives them there money.",
  "IT", "ncw", "L")
T("SAR: account of a Romanian male, 67, receives £60-£100 daily in cash deposits from several branches in London. He is known to police for begging in Oxford St, as are 7 other relatives living with him. Relatives' benefits also paid into his account. A relative told officers he 'gives us food, we give him what people give us'.",
  "WW", "ncw", "C")
T("Family account: a Pakistani family of 8 in Bradford pool their wages into the father's account to pay the mortgage. All adult children have their own accounts and keep some of their own wages. Safeguarding query closed.",
  "", "", "")
T("Kent Police intel: multiple Vietnamese minors missing from care located at a nail bar in Margate. Earnings paid into an account in the name of the salon owner's wife. The minors were collected from the care home at night by a car arranged by the owner.",
  "AV WW", "ncw et", "L", "h")
T("Caseworker note: client (Hungarian, 55, alcohol problem) was picked up from a soup kitchen and promised £50 a day for labouring. Worked 4 months for a family who kept his benefits card and paid him in cider and tobacco. Lived in a horsebox. Left when police visited the site.",
  "AV DEC WW AC", "ncw plc", "L")
T("Fraud ops: Card issued to a new customer was activated from a phone in a different city within 2 minutes of delivery. Customer, a Syrian refugee, says he lives alone and never received the card. Treated as interception fraud.",
  "", "", "")
T("Intel 2/B/P: nom PETROV runs pop-up brothels in Airbnbs. Bulgarian females, some 17, advertised on adult sites. PETROV's bank takes card payments from 'clients' via a payment terminal at each flat. Females not allowed to leave the flats during the 'tour' and food is delivered.",
  "AV RM", "rm", "S", "h")
T("Debrief summary: Sudanese male, 22, said he worked on a fishing boat out of Newlyn for 8 months. The skipper kept his seaman's book and passport. He was paid $500 once and the rest was 'sent to the agency in Manila' for his fee. 20-hour shifts were normal. He was told he could not leave the boat in port.",
  "RD WW EO RM DB", "dt lh rm swp ncw", "L")
T("Police log: VRM KN66 FHG parked outside Lloyds at 07:05 each day. Driver, male, 40s, takes 2-3 young men in at a time. Bank staff say the young men withdraw the maximum and give it to the driver. Young men look malnourished, one with bandaged hand.",
  "", "et ncw pa", "")
T("Interpreter notes for interview: She says she was told she was going to be married to a man in England who had a good job. She says after the wedding the husband's mother took her jewellery, her passport and her bank card. She says she cooks and cleans for the family all day and is not allowed to phone her parents. She says the husband forces her to have sex.",
  "DEC RD ISO PSV", "dt ncw iso", "D", "h")
T("Social services: 17 year old Albanian boy in supported accommodation is being visited by adult men who take him to work in a cannabis grow overnight. His key worker found 3 bank cards in his room in other names and £4,000 cash. He says he owes them for the journey.",
  "AV DB", "mbc", "C", "h")
T("Online report: my mate works at a hotel in Blackpool and the manager pays everyone late all the time and shouts a lot. He's thinking of quitting. Is this slavery??",
  "", "", "")
T("DWP: a man is appointee for 5 adults with learning disabilities who live in his house and work in his farm shop and kennels 'as volunteers'. Their benefits go to his account; they get £10 a week each. They sleep in an outbuilding. Social care visit urgent.",
  "AV WW AC", "ncw plc", "L", "h")
T("Victim account: 'They made me go into the bank and say I was self-employed. Then the money from people's stolen cards came into my account and I had to take it out and give it to Kamil in the car. He said I owe him for the flat and the food. He took my Slovak ID. I have no phone.'",
  "DB RD ISO", "dt", "C")
T("Hotel manager to police: a guest booked 3 rooms for a week paying with 3 different cards, and a steady stream of men visited. When staff went to clean, two young Asian women were in one room and told staff they couldn't come out because 'the boss has the key'. Door was locked from outside.",
  "RM", "rm", "S", "i")
T("Fraud: identity of a deceased man used to open 6 accounts and claim UC. Suspect is a British male acting alone. Standard fraud.",
  "", "", "")
# ---- part 3 ----
T("Cards for 8 ppl found in a drawer at the car wash office, owner says he 'looks after them'.",
  "", "mbc ncw", "L")
T("Bank: payee name on 19 incoming wage credits does not match account holder.", "", "", "")
T("Debrief (Polish male, 58): 'I met Tomasz at the station in Gdynia, he said come to England, good money in a factory and a house. They put me in a room with 9 men. Our bank cards, he took them at the start, he said for safety. Every week he give us £20. No work one day, he say we owe more for the house. When I say I go home, he and his brother beat me in the garden and take my phone. After that I could not call my sister. I was there 2 years.'",
  "DEC AC WW DB PSV ISO", "oc ncw iso", "L")
T("INT: female in flat 4, Sefton Court, not seen outside in 3 months, curtains closed, male brings shopping. Female works as cleaner for male's family in the day, escorted there and back. Neighbours have never heard her speak. 3/C/P",
  "RM ISO", "rm iso et", "D")
T("Mental health nurse: service user (British, 34, mild LD) has a 'girlfriend' whose brothers use his flat to store drugs and his account to receive money. He has no phone now - they 'borrowed' it - and his mum cannot get hold of him. He is not allowed to see his mum without one of them present.",
  "AV ISO RM", "iso rm ncw", "C", "h")
T("Au pair agency note: au pair from Spain says her host family is lovely, she works 25 hours a week and gets £90 pocket money plus her room, weekends off. Agency check complete.",
  "", "", "")
T("Au pair, 19, from Georgia, tells her college tutor that her host mother has her passport, pays her £20 a week, and she looks after 3 children from 6am to 10pm and cleans the whole house. She has not been allowed to go out on her own since she came. She doesn't know the address of the house.",
  "RD WW EO RM ISO", "dt lh rm iso", "D")
T("SAR: 6 ISA accounts opened in names of Chinese students within 2 days using identical 'proof of address' letters. Deposits from an online casino. Students all claim to be unaware. Suspected identity misuse; no exploitation indicators.",
  "", "", "")
T("INT 2/B/P - a Nigerian woman in Luton known as 'Aunty' holds bank cards of 5 women she brought from Lagos as 'house girls' for families in Bedfordshire; families pay the women's wages to 'Aunty'. One woman has burns on her arms from the iron that she says the lady of the house did to her.",
  "WW PSV", "ncw pa", "D")
T("Witness statement (neighbour): 'The boy is about 10. He goes to the shop with a list and an adult's bank card and buys beer and cigarettes for the men at number 12. He isn't at school. The men shout at him. I've seen one of them pull him in by the hair.'",
  "AV PSV", "", "", "h")
T("I am a doctor at a private clinic. A man asked to see me about a kidney for his father. He said he knows a 'donor' in Pakistan who would do it for money and asked if I could do the operation here. I refused. Reporting in case it helps.",
  "", "", "")
T("Interpreter notes: He says he was brought from Egypt for a job as a driver. He says in Cairo they did blood tests, and in London they took him to a clinic where he was put to sleep and woke up with a cut on his side. He was given £2,000 and told never to speak about it. He says they keep his passport and he still has pain.",
  "DEC RD", "dt pa", "O")
T("NCA bulletin extract: intelligence that organised groups are recruiting men in debt in Bangladesh to travel to the UK, where they are told to 'donate' a kidney to a wealthy recipient as a relative. Fake family documents are supplied. Men are paid a fraction of what they were promised.",
  "AV DEC", "", "O")
T("GP note: Pt, Romanian female, 33, registered as new patient. Has had a kidney removed in Romania 5 years ago, donated to her brother. Well. No concerns.",
  "", "", "")
T("Bank fraud alert: payment of £30,000 from a UK account to a hospital in another country described as 'kidney package'. Account holder, 62, on dialysis, says he was told the donor is a volunteer who is paid 'expenses'. Referred to HTA and police for possible organ trafficking.",
  "", "", "O")
T("Public report: theres girls being brought to the flats above the kebab shop on Bridge St, different ones every week, a guy pays the taxi on his card, the girls are foreign and look scared. Men going in and out all night.",
  "", "et", "S")
T("The boss said: if anyone goes to the police, I will send the video to your father. He filmed me with men. I had to give him all the money from the men, all of it, he put it in his bank. I am from Albania. He was my boyfriend when it started.",
  "IT WW", "ncw", "S")
T("Fraud team: 12 prepaid cards registered to a single flat in Southampton, loaded via cash at PayPoint, used for adult advert payments on 3 sites. Same phone on all adverts. Suggest police check for controlled sex work.",
  "", "mbc", "")
T("Police log: welfare check at massage parlour, Sheffield. 4 women present, all Chinese. Each said she works there freely and keeps her money; each had her own passport and phone. No signs of coercion. Licensing issue about a missing fire exit only.",
  "", "", "")
T("DWP: Claimant repeatedly attends jobcentre with a 'friend' who answers every question. Claimant looks thin and wears the same clothes, has a fresh cut above his eye. Friend has claimant's phone and bank card. Claimant says he works 'for the friend's boss' laying paving.",
  "", "sfw pa ncw", "L")
T("Caseworker: client is a Vietnamese man, 31, who was arrested at a cannabis factory. He says he was locked in with a padlock on the door, food passed through a hatch, and a man hit him with a pipe when a plant died. He owed £28,000 to the people who brought him.",
  "RM PSV DB AC", "rm pa", "C")
T("Police intel: a 15 year old girl in care has bank statements showing £50-£100 payments from 20 different men. Her phone has adverts posted by a 23 year old male. She has been reported missing 11 times.",
  "AV", "", "S", "h")
T("Construction site, GLAA joint visit: 14 Romanian labourers paid £60 a day cash; gangmaster holds their ID cards 'to show the site manager'. Workers sleep in the half-built houses on site. Several said they have not had a day off in 6 weeks.",
  "RD EO AC", "dt swp lh", "L")
T("I worked in the onion field in Lincolnshire. The gangmaster held the money for the first 6 weeks 'as a deposit' and said we get it at the end. At the end he said we broke the caravan and took all of it. I never got paid for 6 weeks. I had my passport and I left.",
  "WW", "", "L")
T("Worker injured: forklift driver at a distribution centre broke his ankle when a pallet fell. He has a contract, is in a union, and is being paid sick pay. HSE informed.",
  "", "", "")
T("Bank: a 20 year old student from Nigeria selling her account to a 'business friend' for £500 before going home. She admits she knew. No pressure. Account exited.",
  "", "", "")
T("Safeguarding referral: Mrs KAUR, 71, came from India to live with her son's family. She does the cooking and cleaning for 9 people, sleeps on a mattress in the hallway, has not been allowed out of the house in 2 years, and her pension from India is taken by her son. Her son's wife hits her. GP visit found bruising on her arms.",
  "PSV RM AC", "plc rm pa ncw", "D")
T("School nurse: Year 11 boy has £600 cash and two phones, says he 'runs' for older boys in a town 60 miles away. He has a stab wound on his leg that he says was 'a warning'. He won't name anyone.",
  "AV PSV IT", "pa", "C", "h")
T("INT: 1/B/C (source protection - no sharing with LA): nom KAMARA controls 6 teenage girls from a children's home, gives them drugs and uses them for sex parties. Money from men paid to KAMARA by bank transfer under 'rent'. He has a knife. Girls at his flat now.",
  "AV PSV WW", "ncw", "S", "i")
T("Bank: account of a sole trader 'Smart Clean Services' receives payments from 4 hotels; the account holder, a Romanian man, pays 12 cleaners in cash. 3 cleaners spoken to: they live in his house, pay him £100 a week rent, work 6 days. They have their own passports and say they are happy.",
  "", "", "")
T("999 call summary: female caller, strong accent, says 'they take my money, they take my passport, I am in a house near a big Asda, please come, the man has a knife'. Caller does not know the address. Line traced to Wolverhampton.",
  "RD WW ISO IT", "dt ncw iso", "", "i")
T("HMRC: Umbrella company deducts a 'margin' of £25 a week and employer's NI from workers' pay, shown on payslips. Workers complain pay is low. Legal, though poor practice. Not exploitation.",
  "", "", "")
T("Referral (Medaille Trust): Ms ALI, 27, Sudanese, was recruited to work in a Gulf household and brought to London for the summer. Employer kept her passport and phone; she worked 18 hours a day looking after the children. She has not been paid in 9 months; employer said her salary was 'kept for her'. She escaped through a window.",
  "RD ISO EO WW", "dt iso lh", "D")
T("Police log: arrest of 4 males shoplifting in Aberdeen; all Romanian, arrived 2 weeks ago, all say a man 'drives us and keeps the goods' and holds their ID cards. One is 16. Referred under NRM.",
  "RD AV", "dt et", "C", "h")
T("Neighbour dispute: man at number 5 claims the family next door 'keep people like slaves' because 6 adults live there. Police visit: extended family, all related, adults working in their own jobs. Noise complaint only.",
  "", "", "")
T("Witness: 'My sister went to work at a hotel in the Lake District through an agency. She rang crying - they'd taken her passport 'for the contract', she's working 16 hours and the money goes to the agency's card. She was told she can't leave until she's paid off the £1,800 for the course and the uniform.'",
  "RD EO WW DB", "dt lh ncw uf ppe", "L")
T("INT 2/C/P: Slovak females working in a Birmingham laundry are housed by their employer in a single flat with 11 people and 1 toilet. Rent taken from wages at source.",
  "AC", "oc plc", "L")
T("Debrief (Filipino seafarer): we were 7 on the scallop boat. We fished from 4am until midnight for 10 days. The skipper shouted and hit the young one with a rope. Our papers were in the wheelhouse. Money was paid to the manning agency in Manila, we got $300 a month when they promised $1,200.",
  "EO PSV RD DEC WW", "lh dt", "L")
T("Bank: elderly couple pay the wages of their live-in carer from Zimbabwe into her own account; she has her own room and weekends off. Carer spoken to alone. No concerns.",
  "", "", "")
T("CSE referral: 13 year old girl groomed online by a man who sends her money by PayPal to her friend's account in exchange for images. He has threatened to post the images if she stops. He asked to meet her tomorrow.",
  "AV IT", "", "S", "h")
T("intel: County line 'Dino' runs from London into Swindon using 2 local teens; their wages are 'kept' to pay back a lost batch; one teen has been taken to London and held in a flat for 3 days as punishment. 2/B/P",
  "AV DB RM WW", "rm", "C", "h")
T("DWP: Man claiming carer's allowance for his disabled brother lives with him and cares for him. Brother is happy. Anonymous tip-off said the brother was 'kept'. Visit found no concerns.",
  "", "", "")
T("Housing officer: 3-bedroom house on Vale St let to one man; 14 Sudanese men live there, sleeping on floors. Landlord (the man) also drives them to a chicken factory in a van. They each pay him £70 for a space on the floor.",
  "AC", "oc plc et", "L")
T("Bank: a woman in a nail salon uniform came in with an older man who kept the card and passport, and he became aggressive when staff asked to speak to her alone. Staff believe she had a black eye under make-up.",
  "RD", "dt sfw pa ncw", "")
T("Caller to 101 reports a man begging on the high street for 3 weeks who is dropped off at 8am and collected at 6pm by a car. Caller says the man has no legs and sits in the cold all day. The car driver takes the cup of money from him.",
  "AV WW", "cedl et", "C")
T("Prison note: female prisoner, Vietnamese, convicted of cannabis production; says she was brought from Calais in a lorry, told she would work in a nail shop, and was forced to tend plants in a house in Kent. She was not allowed out and had no phone. Probation to refer to NRM.",
  "DEC RM ISO", "rm iso", "C")
T("Anon: they got young boys living in the barber shop, bunk beds in the back, they cut hair from 9 till 10 night, man comes and gets the money from the till and they get nothing",
  "WW EO AC", "swp lh", "L")
T("Money mule (coerced): IP, 18, says a man who had been supplying him cannabis told him his debt was £1,200 and he would have to let his account be used. He was shown a video of someone being beaten 'for not paying'. Approx £40,000 passed through his account in 3 weeks.",
  "DB IT", "", "C")
T("Construction firm's HR: we use a legitimate payroll bureau for 200 subcontractors. A worker asked us to pay his wages to his brother's account while his own was frozen. We asked for written consent and checked with him in person. Paid to brother for 2 weeks. No concerns.",
  "", "", "")
T("SAR narrative: Subject receives large cash deposits from a hand car wash and regular transfers from 22 individuals with Albanian names. Subject makes frequent transfers to Albania. Cannot determine whether the individuals are employees, customers or something else.",
  "", "", "")
T("Eritrean woman, 24, says through interpreter that she was forced into marriage to a British national so he could claim benefits for her and her child. She is made to clean his mother's house and two other houses daily. He keeps her residence card and took her phone.",
  "RD ISO", "dt iso", "D")
T("I had to give the bank card and the PIN to the lady when I got the job at the hotel. I thought it was normal. My wage was £1,100 but I only got £150 every month.",
  "WW", "ncw", "L")
T("Care home inspection (CQC): staff rota shows several carers from Zimbabwe working 84 hours a week. Management says it is voluntary overtime; the carers say they are told they'd lose their visa sponsorship if they refuse. Their accommodation is in the care home's old laundry.",
  "EO IT AC", "lh swp", "L")
T("Police intel: 2/B/P - two cousins from Nottingham are selling 'bank packs' (account, card, login) bought from homeless men for £100 each. The homeless men are told they will get more later, which never comes; one man who asked for his card back was kicked in the head.",
  "AV DEC PSV", "", "C")
T("Fraud team alert (urgent): customer called from a locked room asking us to stop payments from her account, says the men who hold her will 'take the money and hurt me' and that she was sold to them. Call traced; police informed.",
  "RM IT", "rm", "", "i")
T("Public report: this lady in the corner shop works all day every day, her husbands family own it, she isnt allowed out, shes not allowed a phone, she told me she has no money of her own",
  "EO ISO RM", "lh iso rm ncw", "L")
T("Debrief: I am from Syria. The man in Turkey said he could find me work on farms in UK and he got me a driver's licence. He took the licence back once I arrived. He took my bank card too. I picked strawberries 12 hours, 7 days. He said I owe him £5,000 and every week the interest is £200.",
  "RD EO DB", "dt lh ncw", "L")
T("Council licensing officer: inspection at a hand car wash, Leeds Rd. Workers could not produce IDs; supervisor said 'all with the boss'. Workers showed they had their own phones and said they could go home at 6. Paid £8/hr cash. Site had no drainage or PPE.",
  "RD", "dt", "L")
T("Intel 3/C/C (conditions: MSHT only): Chinese female in Cardiff advertising massage. Phone data shows a man in London manages her calls and bank. She moves city every week by car with the same driver.",
  "", "ncw et", "S")
T("Victim debrief (Vietnamese, 16): The snakehead told my family I would study in England. I worked in a nail bar from 8am to 9pm and lived with the owner. She said I owed £15,000. I was not paid. My passport was taken by the man who drove me from France. I was afraid of police because they would send me back.",
  "AV DEC EO DB WW RD", "lh dt foa", "L", "h")
T("Probation note: MANN, Jaswinder (DOB 11/06/1975), on licence for labour exploitation offences, has opened a new business account and is listed as 'manager' for 6 workers' accounts at an address in Hounslow. Breach of STPO conditions being investigated.",
  "", "ncw", "")
T("Interpreter: He says that the man took them from the bus station and locked them in a warehouse in Dagenham. He says they were made to sort clothes for recycling for 15 hours a day. He says they were given one meal a day. He says that when Marius tried to climb out the man broke his fingers.",
  "RM EO AC PSV", "rm lh", "L", "h")
T("A&E: 24-year-old woman with facial injuries, accompanied by a man who says he is her 'manager'. She says she fell. Triage nurse notes multiple bank cards in the man's hand and he refused to leave the cubicle.",
  "", "pa mbc sfw", "")
T("DWP: claimant forwarded letters saying she's being made to work in a hairdresser's 'for free' by a man she owes money to for a car. She can leave and go home each evening and has her ID. Advice given to report to police; being assessed.",
  "WW DB", "", "L")
T("Bank: a Chinese takeaway owner in Derby pays his 3 staff in cash each week with payslips; one worker asked the bank to confirm he can open his own account. He did. No concerns.",
  "", "", "")
T("My friend from Albania works for a builder. He said the builder shouts at him but pays him every Friday and he can leave when he wants. He just doesn't like him. Do I need to report?",
  "", "", "")
T("Salvation Army: client (Indian, 40) came on a skilled worker visa to work at a restaurant. He paid £18,000 in fees to an agent. The restaurant pays him £1,200 a month but takes £900 back in cash 'for the visa'. He works 80 hours a week. The owner holds his BRP.",
  "DB WW EO RD", "uf lh dt", "L")
T("Intel 2/B/P: male recruits homeless people in Manchester to open bank accounts and take out loans; he keeps the money. He houses them in a flat with no heating or furniture and gives them drugs. They can't leave as he keeps their phones and IDs.",
  "AV RD ISO AC RM", "dt iso plc rm", "C", "h")
T("Bank fraud team: suspected 'sextortion' – a 17 year old boy paid £800 to an account abroad after being threatened with release of images. No exploitation for work; reported to police for blackmail.",
  "AV IT", "", "", "h")
T("Student visa: Pakistani student working 30 hours a week in a shop, above his visa limit. Employer pays him properly. Home Office compliance matter only.",
  "", "", "")
T("Victim account (Slovak man): 'At first the man paid us normally. After 3 months he said the company is late, he will pay everything in December. December came, nothing. We were working every day on the roads. He said whoever goes to police, he knows where our families live in Košice.'",
  "WW EO IT", "lh", "L")
T("Intel 2/B/P: man known as 'Rico' sells access to Romanian women in a brothel in Bradford; women's earnings go to his Revolut. Women not allowed to leave without him and beaten if they try. One woman aged 17.",
  "AV WW RM PSV", "ncw rm", "S", "h")
T("Police log: allegation of forced labour at a farm was investigated. All 12 workers interviewed alone with interpreters, had contracts, own accounts, own passports, and said they could leave. No further action.",
  "", "", "")
T("Bank staff: the same 3 men come in every week to pay in cash from a car wash. Business is registered, cash matches sales. Staff are paid by transfer. Routine.",
  "", "", "")
T("Interview: 'The lady in Manchester said, you owe me for the flight, for the room, for the food. I cleaned her house and her sister's house. She paid me nothing, not one pound. I slept on the sofa in the living room with the dog. When I cried to go home, she said, where will you go, you have no papers, the police will put you in jail.'",
  "DB WW AC IT AV", "foa", "D")
T("Fraud analysis: 40 accounts held by Ukrainian refugees show wages from a fruit farm paid in and then sent on to the account of the farm's accommodation provider. Workers say this is their agreed rent of £50 a week and they keep the rest; statements confirm. No concern.",
  "", "", "")
T("Salvation Army debrief: Mr OBI, Nigerian, 38, recruited for a care job. On arrival his sponsor put him in a house with 8 men, charged £400 a month rent from his £1,100 wage and told him he owed £8,000 for the sponsorship. He works nights only, 60+ hours. When he asked to leave, the sponsor said he would report him to the Home Office.",
  "DB AC EO IT", "oc uf lh", "L")
T("Police welfare check: caller worried about a Filipina woman seen crying in a garden. Officers spoke to her alone; she is an employee with a contract, has her passport, goes out on days off, and was upset about news from home. No concerns.",
  "", "", "")
T("INT 2/B/P: a house in Peterborough - 22 Polish and Latvian men, each handed over their bank card on arrival 'for the rent'. The men are told they owe the house manager for the bus ticket from Riga. They get a bus to a packing plant at 5am. Manager has been seen hitting a worker with a bottle.",
  "WW DB AC PSV", "ncw oc cedl et", "L")
T("SAR: suspicious pattern – funds from 50 small online sellers into one personal account then out to crypto. No human trafficking indicators. Passed to NCA FIU.",
  "", "", "")
T("Witness: I work in a phone shop. A young man came in with two older men who paid for a contract in his name and took the phone. He whispered 'they keep my ID, I can't go'. They took him out by the arm.",
  "RD RM", "dt rm", "")
T("Au pair, Slovakia, 20: host family pays her £100 a week into her own account, she has her own key and passport and a day off. She is homesick and asked about the rules on changing family. Advice only.",
  "", "", "")
T("Debrief (through interpreter): She says the man she calls 'husband' took her to Birmingham from Bucharest. She says he put ads online and she had to see 10 men a day. She says he took her phone and bank card, and she was not allowed out alone. She says he beat her with a belt when she kept some money.",
  "PSV ISO RM WW", "iso rm ncw", "S")
T("A bank branch reports a customer who is homeless receiving wages from a recycling company into an account controlled by a man he calls 'the gaffer'. The customer says he sleeps in the yard and gets £15 a day in cash.",
  "AV WW AC", "ncw swp", "L")
T("Bank: Muslim couple in Blackburn set up accounts for their elderly parents; the son collects their pension at the branch weekly with their consent, confirmed by a home visit. Closed.",
  "", "", "")
T("Intel: nom DOSTI rents out 20 UK bank accounts to clients in Albania for laundering. Account holders are his relatives in the UK who do it willingly and get a cut. No coercion apparent.",
  "", "", "")
# ---- part 4 ----
T("Bank: salary and Child Benefit for a Roma mother of 5 are withdrawn by her brother-in-law every Monday; she says he 'keeps the family money'. She sells the Big Issue. No work for him mentioned.",
  "", "ncw", "")
T("They came with one plastic bag each, nothing else. The lady at the shelter said they were found walking on the A1 after running from a farm. Both said the farmer kept their money and their papers and that they had to work from 5 in the morning until it was dark, every day, no Sundays.",
  "WW RD EO", "fpe", "L")
T("HMRC RTI data shows the same bank sort code and account number on payroll records for 27 employees of a Leicester garment factory. Factory owner says it is 'the workers' association account'. Workers could not be traced at their listed addresses.",
  "", "ncw", "")
T("I am writing for my cousin because his English is bad. He works at the car wash in Dudley and the man pays him £200 a month. He lives in a flat the man rents, the man takes £150 from that for the rent. He is scared to complain because he has no visa and the man says he will call immigration.",
  "WW IT AV", "foa", "L")
T("Probation handover: ex-prisoner NOWAK, 45, released homeless, was approached at the gate by a man offering work and a room. He has since been seen working at a block paving firm. His probation officer found he has no bank card ('the boss has it'), sleeps in a garage at the firm and has missed two appointments because he is 'not let off'.",
  "AV RM", "ncw swp rm", "L")
T("Online report: my girlfriend's brother came from Vietnam last year, the family paid a lot of money to some guys. now he calls from different numbers saying he's working in a 'farm' inside a house, he can't go out, and the guys say the debt is bigger every month. we don't know where he is.",
  "RM DB", "", "C")
T("Bank fraud note: account of a 23 year old woman shows payments from a dating site and from men via PayPal. Her friend told staff the woman has a 'manager' who decides what she spends. The woman said she runs an OnlyFans page herself and keeps her money. Exited for ToS; no exploitation.",
  "", "", "")
T("Transplant surgeon: patient returned from an overseas clinic with a kidney bought from a stranger for $60,000; the patient says the donor was a 'poor boy' who was paid $3,000. Reported per HTA guidance.",
  "AV", "", "O")
T("Victim debrief (through interpreter, Pakistan): She says that the agent told her brother the job in England was as a cook in a big house, with a salary and a room. She says that in England the family made her work in the house from dawn until midnight and locked the door at night from outside. She says she has had no salary in 3 years and no contact with her brother, who she was told had died. She says she later found out he was alive.",
  "DEC EO RM WW ISO", "", "D")
T("Police log: DV incident, husband took wife's phone and bank card during an argument, returned them the next morning. Both work in their own jobs. No further concerns.",
  "", "", "")
T("Safeguarding (LA adult team): a man with a brain injury was befriended by a family who moved him into their caravan. He works for their tarmac business 12 hours a day. His PIP and wages are both paid into the family father's account; he receives tobacco. He says he is 'one of the family' and doesn't want to leave.",
  "AV WW EO", "ncw", "L")
T("Press: A Leeds woman was jailed for keeping a teenage girl from Nigeria as an unpaid servant for 4 years. The girl cooked, cleaned and cared for 3 children, slept on the floor and was never allowed to attend school. She was beaten with a cable when she made mistakes.",
  "AV WW AC PSV EO", "swp", "D", "h")
T("GLAA: labour provider deducts £35 a week for 'PPE hire' from all pickers; pickers otherwise paid properly, have own accounts and come and go. Unlicensed deductions – enforcement letter sent.",
  "", "ppe", "")
T("Fraud team: customer made 14 payments in one day to a 'travel agent' for 'visa processing' totalling £9,000 and mentioned she is paying for her nephew's job in a UK care home. Customer advised it may be a scam.",
  "", "uf", "")
T("Officer handover, 02:30: IP is a 16yo Albanian boy found at a cannabis grow in Kent during warrant. States he was brought in a lorry and told he must water the plants until his debt is paid. Door was bolted from the outside. He has no phone, no shoes. Now at custody, children's services en route.",
  "AV DB RM ISO", "fpe", "C", "h")
T("Hi I'm an accountant. A client of mine runs an agency for care workers and asked me to set up payroll so that workers' wages go into one client account 'to simplify things'. I refused and advised that workers must be paid into their own accounts. Nothing else suspicious, just bad idea.",
  "", "", "")
T("Border Force STN: 3 Romanian men travelling together; one man holds all 3 passports, boarding cards and phones and does all the talking. The other two don't know the address they're going to or the name of the employer. Both say they 'owe Mircea' for the tickets.",
  "RD ISO DB", "sfw", "")
T("Witness (cafe owner): 'A young Chinese woman comes in every evening to buy food for 'the house'. She pays with a card a man gives her; he waits in the car. She told me she can only keep the coins. She works in a massage place round the corner from 10am to 2am.'",
  "WW EO", "et ncw", "S")
T("Intel 2/C/P: a Bengali man is 'renting out' girls from Bangladesh as domestic workers to families in Tower Hamlets; the families pay him £300 a month per girl; the girls get nothing and live in the families' homes. At least one is believed to be 14.",
  "AV WW", "ncw", "D", "h")
T("Caseworker note: Mr DIALLO (Guinean) worked for a cleaning contractor at an office block. The contractor owed him 3 weeks' pay when it went bust. He has his own account and passport and found another job. Claim at employment tribunal. No modern slavery indicators.",
  "", "", "")
T("Report via helpline: a man says that his boss at a recycling yard took his passport 'to do the contract', lets him sleep in the office and pays him £3 an hour, but he can leave at night and go to the shop and church. He has been asking for the passport for 2 months.",
  "RD", "swp", "L")
T("Intel 2/B/P: nom ZHOU arranges 'kidney donations' by Chinese migrants in debt to snakeheads; the debt is reduced by £10,000 per kidney. One donor was kept in a flat in Birmingham until the surgery abroad.",
  "DB AV RM", "", "O", "h")
T("School safeguarding: a 15yo girl says her mum's boyfriend makes her work in his cafe after school and all weekend and keeps what she earns 'for the household'. She looks exhausted and falls asleep in lessons.",
  "AV WW EO", "pa", "L", "h")
T("Benefit fraud: a man used his mother's pension and Attendance Allowance after she moved into a care home. He acted alone and she was not working or controlled by him. Prosecuted for fraud.",
  "", "ncw", "")
T("SAR: nail salon in Croydon. 4 workers' accounts all list the owner's mobile for alerts; owner explains the workers asked him to help with English. Visited: workers have their own cards and apps, reset contact details with the bank themselves. Closed.",
  "", "", "")
T("intel 3/C/P: unconfirmed info that a family in Slough keeps a Sri Lankan woman as their maid; she is not allowed to use the phone and only leaves the house with the grandmother. Wages said to be sent to Colombo.",
  "ISO RM", "et ncw", "D")
T("Debrief (Sudanese, 19): 'At the warehouse they told me I must pay £300 for the training and £50 for the boots and vest before I start. Then they take it from the money every week again and again. I sleep in the house of the man from the agency with 11 other boys. We go together in his van, he says the van is £10 every day.'",
  "AC", "uf ppe oc ct", "L")
T("Police log: suspected pop-up brothel in Airbnb in Reading. Occupants: two Brazilian women, both with passports and phones, said they work for themselves and share the rent. Adverts placed by themselves. No third party. Advice given.",
  "", "", "")
# ---- part 5: one-liners ----
T("Six debit cards, six names, one PIN list, found in the car wash manager's jacket.", "", "mbc ncw", "L")
T("Lad at the chippy says the owner 'holds his wages till Christmas' and he's had nothing since June.", "WW", "", "L")
T("Customer's salary goes in Friday, out Friday, every week, to the same third party.", "", "ncw", "")
T("She gets £20 a week, the rest goes on the card he keeps.", "WW", "ncw", "")
T("Bank: joint account, married couple, both cards in use. Fine.", "", "", "")
T("Grandson collects nan's pension each Thursday, she's fine with it.", "", "", "")
T("SAR: same ATM, 17 cards, 02:00-02:20, three nights running.", "", "mbc", "")
T("INT 2/B/P nom RUSU keeps workers' passports in the office safe at the packhouse.", "RD", "dt", "L")
T("Student sold account details for £250, knew what it was for, no pressure. Account closed.", "", "", "")
T("he said if i go to police he sends the pictures to my family and they kill me", "IT", "", "")
T("Never got my ID back after the bank account was opened. The boss says it's safer with him.", "RD", "dt", "")
T("Payroll bureau audit passed: all 312 workers paid to their own accounts.", "", "", "")
T("Wages paid direct to 'the landlord', who gives the boys food money.", "WW", "ncw", "")
T("Nail tech says she owes the owner £6,000 for the course and flight and pays it off from her tips every week.", "DB", "uf", "L")
T("Card declined at the salon — customer says the bank froze it by mistake. Not a crime.", "", "", "")
T("Girl, 15, seen handing cash to adult male at cash machine outside hotel 01:30, male pulled her into car.", "AV", "ncw", "", "i")
T("Four men living in the back of the car wash, one kettle, no toilet.", "AC", "swp plc", "L")
T("Remittance: £300 to mum in Lagos monthly. Own money, own choice.", "", "", "")
T("Pay dispute only: late by a week, paid in full, worker has left.", "", "", "")
T("The boss sends our money home for us. I have not seen my pay since I came.", "WW", "ncw", "")
# ---- part 5: long ----
T("""Financial intelligence report – OFFICIAL-SENSITIVE

Between January and April the bank identified 21 personal current accounts opened at three branches in Northampton. All applicants were Romanian nationals aged 19-44 and gave one of two addresses, 41 and 43 Wellingborough Road. The mobile numbers on 14 of the accounts are the same two numbers. Every account receives weekly credits from Northgate Staffing Ltd, an agency supplying a distribution centre.

In each case the full credit is withdrawn within 24 hours, usually at the Co-op ATM on Kettering Road between 04:30 and 05:00, with the cards used one after another. CCTV shows the same male (possibly BALAN, Costel) making the withdrawals while a group of men wait in a white Transit.

Branch staff recall that at account opening one man translated for all applicants and asked for the cards to be posted rather than collected. When asked, two applicants could not give their own address.

Assessment: strong indicators that workers do not control their wages. Disseminated to police and GLAA.""",
  "WW ISO", "ncw mbc sfw cedl et iso", "L")
T("""Safeguarding referral – adult social care

Mr Derek HOLLAND is 58 and has a learning disability. He has lived in a flat on the Moorside estate for 12 years with support from his sister, who moved to Spain last year. Neighbours say that since the spring a man called 'Jonno' and two younger men have been staying in the flat. They come and go at all hours and people knock on the door through the night.

Derek told his support worker that 'Jonno looks after my money now' and that his bank card is 'in Jonno's wallet'. His PIP and ESA are spent within a day of arriving. He has been made to go to the shop and the post office with parcels. He said he is not allowed in the living room when 'the lads have visitors' and has to stay in his bedroom. He looked thinner and had not been washing.

His sister was phoned and says she had no idea. Derek says he likes Jonno but 'doesn't like it when he shouts'.

Plan: joint visit with police today; consider cuckooing and criminal exploitation.""",
  "AV RM", "ncw rm pa", "C", "h")
T("""Account review – closed, no concerns

The alert was raised because eight accounts at one address (a five-bedroom house in Wembley) receive salaries from the same employer, a hotel group, and because one account holder, Mr Hari THAPA, regularly transfers sums to the others.

On review: the house is owned by Mr THAPA and his wife. The other seven account holders are his two adult sons, his daughter, his son-in-law, his nephew and two lodgers, a Nepali couple who rent a room from him at £550 a month. All eight work at the same hotel, where Mr THAPA is a duty manager; he recommended them for jobs. The transfers are his reimbursements for a shared car and for family bills.

We spoke to the lodgers alone. They have their own cards, passports and online banking, pay rent by standing order, and say they are saving to buy a flat. Nothing suggests control or exploitation. Alert closed.""",
  "", "", "")
T("""Statement of witness – Aleksandra (translated from Polish)

I met a woman called Renata on Facebook. She said she runs an agency and could get me a job in a sandwich factory near Northampton, £10 an hour, with a room for £60 a week. I paid her 300 złoty for the ticket and the job. When I arrived at Luton, a man called Piotr collected me and took my ID card 'to do the paperwork with the agency'.

The room was a mattress in a living room with five other women. Piotr took us to the bank on the second day and opened accounts for everyone. He kept the cards. He said the agency pays into the accounts and he would give us our money after taking the rent, the transport and the fee.

Every Friday he gave me £40 or £50. For four months I never got more than £60. When I asked to see my payslip he said I was ungrateful and that I still owed him £700 for the first weeks. He drove us to work at 5 and collected us at 7 in the evening. I left when a girl at the factory gave me the number for the helpline.""",
  "DEC RD AC WW DB", "uf dt oc ncw cedl et", "L")
T("""Police intelligence log – 2/B/P

Source reports that a nail bar chain ('Luxe Nails', 5 premises across Stoke and Stafford) is staffed by Vietnamese nationals who are moved between branches every few weeks. Source states that the staff live above the Hanley branch, 9 people in two rooms, and that they are driven to the other branches each morning by the owner's husband, nom NGUYEN Van Hung.

Source states that staff wages are paid into bank accounts in their names but that NGUYEN holds the cards and internet banking details. Staff are given about £50 a week 'for food'. Source believes at least one of the staff is under 18 and has heard her crying about her mother, who owes money to 'the people in Vietnam'.

Source also reports that the business has an unpaid VAT bill and that a rival salon has complained to the council about the shop signs. These are not MSHT matters.

Source has not seen any violence and does not know whether the staff have their passports.""",
  "WW AC AV", "oc et ncw", "L", "h")
T("""GLAA compliance inspection – licence holder: Fenside Harvest Labour Ltd

Scope: 64 workers supplied to two vegetable growers. The inspection team spoke to 18 workers in private, with interpreters for Bulgarian and Romanian.

Findings: all workers are paid by BACS into accounts in their own names; the team saw cards and banking apps on workers' phones. Payslips show the hours recorded by the growers' clocking system; hours average 44-48 a week in peak season, with at least one day off. Accommodation is in static caravans, 2 or 3 workers per caravan, rent £65 a week deducted with signed consent; caravans were clean and heated. Transport to the fields is free. Workers keep their own passports. No worker reported threats or debts.

Issue found: the licence holder had not updated its record of one new director. Advice given. No indicators of forced labour. Licence continues.""",
  "", "", "")
T("""Debrief account – 'Mariam' (anonymised), Sudan, age now 20

'I came from Calais in a lorry when I was 17. The man in Calais said my uncle had paid and there would be someone waiting. In London a man called Abu Khalid met us and took us to a house in Luton. He said I owed him £4,000 for the lorry, and I had to clean and cook for his family and his brothers' families, three houses.

I slept in the kitchen. I worked from before the children went to school until after everyone was asleep. I did not get money. He said the money was going to pay what I owed, but it never became smaller. His wife took my phone when I arrived because she said I talked too much.

One time I tried to leave, I walked to the bus station. His brother found me and pulled me into the car and hit me in the car. After that they locked the front door and kept the key. When I turned 18 I found a lady at the mosque who helped me.'""",
  "AV DB WW EO ISO PSV RM AC", "swp iso rm lh", "D")
T("""Bank fraud team – case notes, ref FRT/2291

1. Customer (female, 67) phoned to say her late husband's account was still receiving rent from a tenant. Not an alert of concern; transferred to bereavement team.
2. Business account of 'Pristine Valeting' flagged for high cash. Reviewed: turnover matches two sites and 11 staff on payroll, each paid to their own account. No further action.
3. Customer (male, 22, Albanian) came into branch to ask why he cannot access his account. On review, the account's online banking was registered to a different phone and email 3 days after opening. All wage credits from a construction firm (£1,900 a month) have been transferred to a third party, GJONI, A., on payday. Customer said GJONI 'helped him with the job and the house' and that he was told he owed £3,500 for this. He said GJONI had his passport 'for the landlord'. He became visibly anxious when staff mentioned police.
4. Routine KYC refresh for a charity account. Fine.

Action: item 3 referred to police as a possible modern slavery concern.""",
  "WW DB RD", "ncw dt foa", "L")
T("""Officer handover – night shift to early turn

Job 1: burglary at the vape shop, CCTV requested.

Job 2 (priority): at 23:40 we attended a house on Grange Road after a neighbour reported screaming. Inside were 7 adult males, all Indian nationals, living in a 3-bedroom house with mattresses in every room, including the kitchen. The male who answered the door, SANDHU, said he is their 'uncle' and that they are students. None of the other males would speak while SANDHU was in the room.

Separated, one male (IP1, 24) said in Punjabi via Language Line that they work at a food factory through SANDHU's agency, that SANDHU collects their bank cards on the first day and gives them £30 a week, and that they are told they owe £12,000 each for their student visas. IP1 said SANDHU hit another male with a belt tonight because he had asked for his card back, which was the screaming. That male has a swollen face and refused hospital.

SANDHU arrested for assault; the 7 males are at a reception centre. Please action NRM referrals and contact with the factory and the bank in the morning.""",
  "WW DB PSV AC", "oc ncw sfw pa uf", "L")
T("""Letter to the local MP, forwarded to police

Dear Sir, I am writing about my son Tomas who is 19. He went to England in March with a man from our village who promised him work on a farm, 1,800 pounds a month, and a house. Now he calls me only from the man's phone, maybe once a month, and the man is always listening. He told me in Lithuanian very fast that they do not get money, the man says the bank account is not working yet. He said they work in the fields from 5 in the morning and sometimes in a factory in the night. He said they sleep 10 people in a house. Last time he was crying and said the man told him that if he makes problems his little sister here will have an accident. Please help me, I do not know the address, only that it is near a town called Wisbech.""",
  "DEC WW EO AC IT ISO", "lh oc iso", "L")
T("""HMRC Fraud Investigation Service – summary for police

Operation focus: a network of 9 limited companies in the West Midlands supplying labour to the food sector. PAYE records show 312 employees. Investigators found that 260 of the employees' bank details are for 38 accounts, most held by the company directors' relatives. Employees' tax rebates and, in 40 cases, Universal Credit payments also go into these accounts.

Interviews with 25 employees: all Romanian or Bulgarian; most recruited in their home towns with promises of £12 an hour; most were brought over by coach and had their ID cards taken on arrival 'for registration'. Typical receipt: £120-£180 a week in cash for 50-60 hours. Employees live in houses rented by the directors, 8-14 per house.

Some employees reported that a director's brother threatened them with a knife when they asked to change jobs. Separate tax evasion by the companies totals approx £2.1m. Passed to police for modern slavery investigation.""",
  "DEC RD WW EO AC IT", "dt ncw lh oc", "L")
T("""Midwife's record – booking appointment

Mrs Ana CIOBANU, 27, second pregnancy, 12 weeks. Attended with her husband, Mihai, who translated at first; offered professional interpreter, which she accepted. Seen alone for part of the appointment as routine.

She lives with her husband, their 4-year-old and her mother-in-law in a rented flat. She works 20 hours a week in a bakery and has her own bank account and card; her husband works on building sites. She says she is happy, has her passport, sees friends and goes to church. She asked about free prescriptions.

Routine enquiry about domestic abuse: denies. No concerns about control of money or work. Follow-up at 16 weeks.""",
  "", "", "")
T("""NGO case summary (Hope for Justice) – client 'K', Vietnamese male, 17 at referral

K's parents borrowed $30,000 from a moneylender in Ha Tinh to pay for him to go to the UK, where he was told he would work in a restaurant. After a journey through Russia and France he was taken to a house in Birmingham with all the windows blacked out. He was told to look after cannabis plants until the debt was paid. He slept on a mattress in the loft, next to the lamps, and was never let out; the front door was padlocked from outside and food was brought twice a week.

When a crop failed the men told him his debt was now $40,000 and that the lender would take his parents' land. He was hit with a pole. K was found by police in a raid and was initially charged with production; the charge was withdrawn after a positive reasonable grounds decision.""",
  "AV DEC DB RM AC PSV IT", "rm swp", "C", "h")
T("""Public report (online form)

i dont know if this is the right place but im really worried. i work nights at a petrol station and theres a black BMW that comes in every night round 3am with 2 or 3 young girls in the back, they look maybe 16, they dont speak english. the driver buys them food with different bank cards, like he has a pile of them. once one of the girls came in on her own to use the toilet and she asked me for a phone charger and said 'please dont tell him' and then he came in and grabbed her arm really hard and she went quiet. the number plate is something like LR68 something. they were here again tonight and they're parked outside right now""",
  "AV PSV", "mbc et", "S", "i")
T("""Probation officer note – supervision appointment

Client: FORBES, Liam, 31, on licence for possession with intent. Client attended on time. He is living at his mother's and working for a removals company. He showed payslips; pay goes into his own account. He reported that an old associate asked him whether he'd 'hold a bit of money' in his account for a fee; he says he refused and blocked the number. No threats were made to him and he does not owe anyone money.

He is attending NA and is 6 months clean. Discussed risks of being used as a money mule; he understands. No safeguarding concerns. Next appointment in 2 weeks.""",
  "", "", "")
T("""Caseworker note (Kalayaan) – Ms Rosa DELA CRUZ, Filipino, 44

Rosa came to London in 2021 on an Overseas Domestic Worker visa with a family from Qatar. Her contract promised $900 a month, her own room and one day off a week. In practice she worked from 6:30am until after midnight every day, slept on a mattress in the children's room and was never given a day off.

Her salary was paid, according to her employer, into an account in Doha that she has never been able to access. In 18 months she received about £200 in cash. Her passport was kept by the employer 'for safe keeping' and she was not allowed to leave the house except to take the children to school with the driver. Her phone was taken 'so she would not be distracted'.

Rosa left while the family were at a wedding. She has since been helped to get her passport back through the police. She is frightened that her employer's family will harm her relatives in Pampanga.""",
  "DEC EO AC WW RD RM ISO", "lh swp ncw dt rm iso et", "D")
T("""Police log – incident 0417

Caller (female, 34) reports that her ex-partner has been using her bank card without permission since they split up, withdrawing about £600 over 2 weeks. She has cancelled the card. She does not work for him and is not in contact. He has no access to her home.

Officers took details; theft/fraud crime recorded and the bank is refunding. She also asked about a noise complaint against her upstairs neighbour; advised to contact the council.

No threats, no violence, no safeguarding concerns; no children in the household.""",
  "", "", "")
T("""Summary of NCA financial intelligence – organ trafficking

Analysis of transfers from six UK-based individuals to a clinic intermediary in a third country shows payments of £45,000-£70,000 each, labelled 'medical tourism package – renal'. Five of the six recipients are known to have had a kidney transplant abroad in the last two years.

Open-source and partner information indicates that the intermediary recruits 'donors' from refugee camps who are promised $10,000 but are paid much less and sometimes nothing, and who are given forged documents naming them as relatives of the recipients. One donor, a young Syrian man, was reported to have been kept in a guesthouse under guard before surgery.

The UK recipients are assessed as patients rather than offenders; inquiries continue into the intermediary.""",
  "AV DEC RM", "", "O", "h")
T("""Victim account, written by him with help of volunteer (Slovak Roma, 36)

I came to UK with my wife and 3 kids because Jozef said he has job for me in a factory and a flat for the family. When we came the flat was one room for us five and another family. Jozef made us both go to the jobcentre and he did all the talking. He had all our letters, the bank cards for my wife and me, and he took the child benefit too.

I worked for Jozef's cousin on building sites, 6 days, sometimes 7. I got £20, sometimes £40 a week. Jozef said the rest is rent and what we owe for the bus from Slovakia and it is going up every week because we eat his food. He told me if we go anywhere, he will tell the social that we are bad parents and they take our kids. That's what I was most scared of.""",
  "DEC AC WW DB IT EO", "oc sfw ncw lh", "L")
T("""Au pair placement – end of placement review (agency)

Host family: the Martins, Surrey. Au pair: Chiara, 21, Italian. Placement 9 months.

Chiara worked an average of 28 hours a week caring for two children, with weekends free. Pocket money of £110 a week was paid into her own UK account every Friday. She had her own room and bathroom, a bike and a bus pass, attended English classes twice a week and travelled to Scotland and Paris on her days off. She kept her own passport and phone throughout.

One disagreement about extra babysitting in October was resolved: the family paid extra for the hours. Chiara says she would recommend the family. No concerns.""",
  "", "", "")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh97.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
            inds = [IND[c] for c in ind]
            sigs = [SIG[c] for c in sig]
            typs = [TYP[c] for c in typ]
            if risk is None:
                if ("PSV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3):
                    r = "high"
                elif ind or typ:
                    r = "medium"
                else:
                    r = "low"
            else:
                r = RISK[risk]
            f.write(json.dumps({"id": f"f97-{n:03d}", "text": text, "indicators": inds,
                                "signs": sigs, "exploitation": typs, "risk": r},
                               ensure_ascii=False) + "\n")
    print(len(E), "texts ->", out)

if __name__ == "__main__":
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
