#!/usr/bin/env python3
"""Hand-written labelled texts (set fresh27). Each entry: text, indicators, signs, types, risk override.
Abbreviations are expanded to the fixed codes below; risk is derived from the labels unless given."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
D = []
def E(text, ind="", sig="", typ="", risk=None):
    D.append((text, ind, sig, typ, risk))
# ---- part 1 ----
E("INT: 2/B/P. Nom POPESCU Marian believed to collect wages of approx 8 Romanian males working at Sparkle hand car wash, Leek Rd. Workers handed cash at end of shift then made to give it to POPESCU in the cabin. Males seen living above unit.",
  "WW", "ncw swp", "L")
E("Caller states her nephew works at a car wash in Hull, gets paid £60 a week for six long days, says it's rubbish money but he lives with his girlfriend and is looking for something else. Advised re ACAS.",
  "", "", "")
E("She says that the man who brought her from Lagos told her the debt was 35,000 naira at first. When she arrived in Birmingham it became £30,000 and she must pay it back from the men who visit. Every week he tells her the number and it never gets smaller because he adds the food and the room.",
  "DB DE", "", "S", "h")
E("Worker at Fenland packhouse queried pay slip – 4 hrs overtime missing. HR checked clocking data, error in payroll upload, corrected in next run with back pay. No further issues.",
  "", "", "")
E("i work in chiken factory thru agency they take my bank card when i start job, say is for safe keeping, every friday i get 50 pound from team leader Sergiu the rest i dont know where it go",
  "WW", "ncw", "L")
E("GLAA inspection, labour provider licence renewal (Lincs). Payslips sampled for 40 workers: NMW met, holiday pay accrued, accommodation offset within statutory limit. Workers hold own bank accounts and ID. Two minor record-keeping issues. No indicators of forced labour identified.",
  "", "", "")
E("Referral from Salvation Army: Mr T (Vietnamese, 24) told by recruiter in Nghe An that he would work in a restaurant kitchen in London for £1,500 a month. Family paid $20,000 up front, borrowed from a moneylender at home. On arrival was taken to a house in Rochdale and told to water plants in the loft. Doors locked from outside, windows boarded. Told the family would lose their land if he ran.",
  "DE DB RM IT AV", "uf rm", "C", "h")
E("Lost my passport on the train from Edinburgh, I'm an international student, think it was stolen from my bag. Need crime ref for the embassy please.",
  "", "", "")
E("Nail bar Queen St - two young girls (look 15/16) working every day till 9pm, man in a BMW drops them at 8am and picks them up. Never seen them take payment, the owner takes all the money off the customers. They dont speak english.",
  "AV EO", "lh cedl", "L", "h")
E("FIB alert – Acc ending 4471 receiving weekly credits from three different employers (agency payroll) in names of 6 different persons, funds withdrawn same day at one ATM in Smethwick using multiple cards in sequence. Possible control of workers' wages.",
  "WW", "mbc ncw", "L")
E("Officer handover: IP says he was told in Poland the job on the building site paid 12 quid an hour plus a room. In reality paid 30 a day, 'rest goes on the house and the van'. Lives 11 to a three-bed in Walsall, mattresses in kitchen. Gangmaster (PIOTR, tall, shaved head) drives them every day, charges £10 each for the lift.",
  "DE WW AC", "oc plc ct et", "L")
E("Customer complaint re Shine Car Valet: staff said they only get paid £7 per hour in cash. Checked with owner, workers are self employed and invoice him; he has shown invoices. Referred to HMRC for employment status. No signs workers are controlled, they come and go in their own cars.",
  "", "", "")
E("I came to work as cleaner for family in Kensington. Madam kept my salary 'to send home for me' but my mother said nothing arrive for eight months. I sleep on the floor in the kitchen and I cannot go out except to take the children to school.",
  "WW RM", "ncw rm swp", "D")
E("101 call: male reports his ex-wife's brother lent him £4,000 for a car, now wants it back with 'interest' and is being abusive on the phone. Civil debt, advised. No employment involved.",
  "", "", "")
E("2/C/P INT suggests female known as 'LILY' (Chinese, approx 40) being moved between flats in Cardiff and Newport advertised on adult sites. Ads posted by male who holds her phone and takes all payments by bank transfer to his own account.",
  "WW IS", "ncw iso", "S")
E("my cousin is paying off money for his visa, the sponsor said it was £8k but it keeps going up, now they say he owes for his room and uniform and he does 70 hrs in the care home. he cant leave or they cancel his visa",
  "DB EO IT AV", "lh ppe", "L")
E("Care worker at Meadowview home raised a grievance that she is on minimum wage and her sleep-in shifts are not paid at the same rate. Union involved. Sponsor visa holder, has her own passport and accommodation.",
  "", "", "")
E("Debrief (via interpreter, Tigrinya): he says the smugglers in Libya held him until his uncle sent $3,000. In the UK a man from the same town found him work in a car wash and said he owed him for the 'help' with the lorry. He was paid nothing for four months; the man said it was going against the debt.",
  "DB WW AV", "", "L")
E("Student placement at hotel in Bournemouth – she complains she was promised reception work but has been put on housekeeping. Paid properly, hours within contract. Referred back to university placement officer.",
  "", "", "")
E("boss keeps our pay on cards he has in a drawer, 9 cards, he go to cash machine on friday. we get 30 pound each for food",
  "WW", "ncw mbc", "L")
E("A&E note: M, approx 30, Slovak, laceration R hand from angle grinder at a recycling yard. Accompanied by 'supervisor' who answered all questions and wanted him discharged quickly. Pt has no money, no phone, says he sleeps in a container on the yard. When asked about wages looked at supervisor.",
  "AC", "sfw swp pa fpe", "L")
E("Worker injured by a forklift at Central Distribution warehouse. Employer reported under RIDDOR, first aider present, worker taken home by his wife. HSE informed.",
  "", "", "")
E("Caseworker note (Medaille): Client A says she answered a Facebook advert for a 'hostess job' in a Manchester bar with free flat. On arrival the flat was a brothel and she was told she must 'pay back' £5,000 for the flights and advert before she could keep any money.",
  "DE DB", "", "S", "h")
E("Report via Modern Slavery Helpline: farm workers in Herefordshire (Bulgarian) say that each month £250 is taken for the caravan, £40 transport, £25 for gloves and boots, and £60 'admin'. Payslips show net pay of between £12 and £40 for a month of full-time picking.",
  "WW AC", "ncw ct ppe", "L")
E("My son sends half his wages home to his grandparents in Kerala every month, he asked me to confirm for the bank why the transfers are regular. He works as a nurse in Leicester.",
  "", "", "")
E("Intel 3/C/C (not to be disclosed to employer): Takeaway 'Golden Dragon', Main St. Chef and kitchen porter reportedly paid 'in a year' – owner says the money is saved for them. Both sleep in storeroom.",
  "WW", "ncw swp", "L")
E("Sham marriage concern, Registry office: bride (Portuguese, 19) appeared not to know groom's surname, was accompanied by a man who paid the fees and did all the talking. She told the registrar quietly she was promised a job in a salon and a British man would 'help with papers'.",
  "DE", "sfw", "C")
E("Her husband gets a loan from her father every year at Eid for the business, it is all paid back. Attending for domestic abuse MARAC - controlling behaviour re finances between spouses, no work or exploitation involved.",
  "", "", "")
E("DOB 04/02/2008 – YP (16) reported missing from care home, found in a trap house in Exeter. Says he owes 'Deano' £800 because his phone and a bag of gear was taken off him and he has to do runs until it's paid.",
  "AV DB", "", "C", "h")
E("Anon online report: THE LADS AT THE CAR WASH ON STATION RD NEVER GET PAID I ASKED ONE AND HE SAID BOSS SAYS NEXT MONTH NEXT MONTH FOR 5 MONTHS. DISGUSTING",
  "WW", "", "L")
E("Agency worker says she paid £450 to a recruitment company in Warsaw before travel - the fee covered the coach and the first week's room. Agency is GLAA licensed; she has her contract, her own account, gets weekly payslips and is happy.",
  "", "uf", "")
E("I was told I would be paid £400 a week in the warehouse. First week I got £90. The man says £310 is for house, bus, and the money he paid for my ticket. After three months he still say I owe him. I work every night from 6 till 6.",
  "DE WW DB EO", "lh ct", "L", "h")
E("IP stated she has her own passport and is free to go home whenever she wants. Pay is low but she receives it direct into her Monzo. No concerns identified. Closed.",
  "", "", "")
E("School safeguarding referral: Year 9 pupil (14) seen with new trainers and three phones. Told a friend he is 'working off' money he owes an older lad for a moped that was 'lost'. Missing from home twice this month, found in Ipswich.",
  "AV DB", "", "C", "h")
E("Fishing vessel inspection, Newlyn: two Filipino crew hold transit visas. Crew stated salaries are paid into accounts in the Philippines by the manning agent after deduction of 'placement fees' of 3 months' wages; they have not received anything since leaving Manila 7 months ago. Passports held by the skipper 'for port control'.",
  "WW RD DB", "dt uf ncw", "L")
E("Heard through the wall the neighbours shouting about money, the man said she owes him for rent. They are a couple, I think its just an argument, nothing about work.",
  "", "", "")
E("Victim account (interpreted, Albanian): she says her boyfriend said they would work in a restaurant together in London. When they arrived he told her she had to sell sex to pay for his debt to the men who brought them. He took every note she earned. When she refused he hit her with a belt.",
  "DE WW PV", "", "S")
E("Concern from bank branch: elderly customer's son withdrew pension every week using her card; she says she doesn't know how much is left. Referred to adult social care.",
  "", "ncw", "")
E("POI KHAN, Imran (DOB 12/11/1979) – runs lettings for 14 HMOs in Bradford. INT suggests tenants (Romanian) are placed in work at a meat plant by KHAN, who receives their wages, deducts 'rent and finders fee' and gives the remainder – approx £40/week – in cash.",
  "WW", "ncw", "L")
E("Man at the hand car wash said they get £50 a day cash and his boss is ok, he can go home whenever, he has a flat with his brother. Looks tired but no other concern. Report made as precaution.",
  "", "", "")
E("Migrant Help note: client (Sudanese, 22) says agent in Khartoum promised a job as a security guard with good salary. In the UK he was put to work on a building site for a man who said he owed £6,000 for the journey. He was paid in food only.",
  "DE DB WW", "", "L")
E("999: female shouting from a first floor window on Clarence Rd that she's locked in and the man has her passport, he's coming back tonight and said he'd kill her. Units dispatched.",
  "RM RD IT", "rm dt", "", "i")
E("Tax query – worker says his employer did not pay his NI contributions last year and his P60 is wrong. Employer is a legitimate plumbing firm, dispute about employment status.",
  "", "", "")
E("Online report: lady next door has a girl from Philipines who does all the cleaning cooking kids 7 days a week, I never see her go out alone and she told me she gets no salary just 'pocket money' of £50 a month and the family pays her family back home ... i think",
  "WW EO RM", "lh rm ncw", "D")
E("Probation note: PoP says he previously worked for a man who paid him in cannabis for running the grow, he owed him money for the flat too. PoP now in approved premises, says he wants nothing to do with them.",
  "WW DB", "", "C")
E("Employer paid staff one week late in March due to a bank system error. All staff received their full pay plus a £20 goodwill payment. Report from staff member, resolved.",
  "", "", "")
E("Intelligence 2/B/P: Cash-in-hand carpentry crew at site on Mill Lane (8 x Romanian males). Labourer 'Ionut' states they each paid £300 to a 'coordinator' in Iasi for the job. They are each being paid £100/week after the coordinator takes 'his part'. Live in a static caravan on site with no water. Driven in a minibus by the coordinator.",
  "WW AC", "uf ncw swp plc et", "L")
E("He said the job was modelling for a clothing brand. I got to the house and they took photos and then said I had to do 'parties'. I was 17.",
  "DE AV", "", "S", "h")
E("Au pair (Spanish, 20) says host family pay £90 pocket money a week, she works about 25 hours, has her own room and goes out with friends at weekends. Asking about whether she needs a NI number.",
  "", "", "")
E("A fellow worker told me Mr Lin takes our ID cards when we arrive 'for the payroll' and we get them back when we leave the job. But nobody leaves. Money comes on the 15th but it is small because of the rent for the bunk beds – 16 people in the house.",
  "RD WW AC", "dt oc", "L")
E("GP: Patient (Polish, 45) attends with back pain, works long shifts at a bakery, says he is tired but likes his job and boss, saving to buy a house in Krakow. No concerns.",
  "", "", "")
E("Border Force, Stansted: two females (Romanian, 19 and 20) travelling with male (45) who held both boarding passes and passports. Females said they were coming to work in a 'massage shop' but could not name it; male said they were his nieces. Females had £5 between them. Referred to safeguarding team.",
  "RD", "dt sfw fpe", "")
E("Referral: woman with learning disability (34) living with a family friend who collects her PIP and makes her clean his house and his brother's house daily. She is given cigarettes and sometimes food. She does not go out alone.",
  "AV RM", "ncw rm", "D", "h")
E("Complainant owed £2,300 in unpaid wages after a restaurant closed down; the director went into liquidation. Referred to the Insolvency Service redundancy payments.",
  "", "", "")
E("Woman reports her partner punched her in the face during an argument about money. She works as a hairdresser and keeps her own wages; he is not involved in her work. DASH completed.",
  "PV", "", "")
E("Cuckooing concern: vulnerable male (heroin dependent) at flat 3 Riverside Ct – local dealers using the flat for supply. Male given 'a bag' a day in return. He says he owes them £200 so can't tell them to leave.",
  "AV DB", "", "C")
E("Kidney transplant patient at Royal Free, donor is his sister, standard living donor assessment complete. No payment. Social worker checked with independent assessor.",
  "", "", "")
E("Organ trade INT 2/C/C: female (Pakistani, 26) states she was told in Lahore she would get £10k and a job in the UK if she 'helped' a relative's employer with a kidney. Following surgery abroad she was given £500 and sent to work in a takeaway in Luton to pay off travel.",
  "DE DB AV", "", "O L", "h")
E("Worker claims his manager underpaid his holiday pay by three days. Employment tribunal claim lodged. Good working relationship otherwise.",
  "", "", "")
E("Nail bar owner 'Kim' (VRM WK18 ABC) drives 3 Vietnamese teens daily from a house in Coventry. INT indicates they were brought by lorry and 'owe' for travel; Kim keeps their money to 'send to family'.",
  "AV DB WW", "et ncw", "L", "h")
E("Member of public: at the supermarket a man paid for shopping with a bank card and there were about 10 other cards in his wallet with different names I think. he had 3 lads with him who didnt talk.",
  "", "mbc sfw", "")
E("She said 'I clean the house and cook for everyone, the money from the government goes to my husband's mother, I don't have a bank card.' No other indicators; case managed under domestic abuse.",
  "", "ncw", "")
E("Debrief: 'They told me in Romania I would be picking strawberries for £9 an hour and living in a nice house. The house was a garage with 12 beds. After the deductions I got £15 for two weeks. When I asked, Florin showed me a video of a man being beaten and said that is what happens to people who complain.'",
  "DE WW AC IT", "oc plc ncw", "L", "h")
E("Warehouse agency charges workers £5 per week for transport from Peterborough. Workers can drive themselves if they want. Rates shown clearly on payslip. No other concerns.",
  "", "ct", "")
E("Salvation Army: client told that the £2,000 'fee' for securing her care job must be paid from wages, so the agency took £400 per month. She was working 80-hour weeks; her sponsor said she could be sent home if she left.",
  "DB EO IT", "uf lh", "L")
E("Police INT 2/B/P: Romanian begging group, city centre. Group leader ('Bunicul') collects money from 5 adults (2 with disabilities) every 2 hrs. Beggars are dropped at 6am and collected 10pm. Group lives in one house in Armley.",
  "WW AV EO", "cedl ncw lh", "C", "h")
E("Tenant says her landlord adds a £50 late fee to the rent each month. She works as a teacher. Referred to council housing standards team.",
  "", "", "")
E("Man at our church told us he has been working for a builder for a year for no pay. The builder gives him a room and food and says he will pay when the visa comes through. He has no papers, the builder has his passport 'for the Home Office'.",
  "WW RD AV", "dt", "L")
E("Anon: 'they r keeping the money for us' my mate said about the farm. he says hes got nothing after 2 month",
  "WW", "ncw", "L")
E("Case note: Mrs B, domestic worker for a diplomat. She was told she'd be paid $700 monthly. Actual: $100 sent to her sister; nothing to her. Works 6am to midnight; not allowed to leave house without madam. Passport kept by the embassy driver.",
  "DE WW EO RM RD", "lh rm dt ncw", "D", "h")
E("Nightclub door staff complained that their pay was delayed two weeks because the security firm changed payroll provider. Paid in full afterwards.",
  "", "", "")
E("Intel: VRM LR66 XYZ seen dropping 6 males at Shelby Recycling at 05:30 daily and collecting after 20:00. Males believed to reside at 14 Peel St (overcrowded, 15+ occupants). Driver is the 'boss' who also handles their pay.",
  "EO AC", "cedl oc lh ncw et", "L")
E("Woman who contacted helpline wanted advice on a £200 fee charged by an au pair agency. The agency is registered, the fee is refundable if the placement fails. No exploitation indicators; signposted to Citizens Advice.",
  "", "uf", "")
E("Statement: I'm from Eritrea. Man called Aman gave me work in his restaurant. He said first two months no money because I must learn. After that he said he will give me money when I have papers. I worked 13 months. I sleep in the restaurant on chairs.",
  "WW AV", "swp", "L")
E("Girl (15) reported by mum to have been given cocaine and told she owed £500, then taken to parties in Rotherham where men had sex with her to 'clear her tab'.",
  "AV DB PV", "", "S", "h")
E("Poss. wage theft – Mr O says his employer deducted £100 for a broken phone screen. Otherwise paid properly. ACAS advised.",
  "", "", "")
E("INT 2/C/P: Male KOVAC (Slovak) said to recruit Roma families from Kosice with promises of factory jobs in Sheffield. On arrival he opens bank accounts in their names, keeps the cards and PINs, and gives families food vouchers. Universal Credit also claimed in their names.",
  "DE WW AV", "ncw mbc", "L C")
E("Taxi driver reported taking 2 young women from a hotel to a flat; they looked scared and a man paid the fare. No further info, no indication of what they were doing.",
  "", "", "")
E("Victim account: 'In Vietnam they said I would work in a nail shop and earn good money. I have paid nothing. They say I owe £25,000 and every month it's more. I work 8 till 8 every day, I cannot say no.'",
  "DE DB EO", "lh", "L")
E("Landscape gardening company; gardeners complain the boss shouts when they are late. Paid £12/hr via payroll, Friday finishes at 3pm. Not exploitation.",
  "", "", "")
E("Hospital social worker: Mr S, 62, Indian national on visitor visa, works for his nephew's grocery shop 7 days, unpaid, sleeps in the stockroom, nephew holds his passport 'so he doesn't lose it'. Mr S says he's happy to help family but wants to go home and nephew says not yet.",
  "WW EO RD RM", "swp lh dt rm", "L", "h")
E("Girl in the pop-up on Derby Rd told me she doesn't keep any of the money, the guy with her phone takes it all, and she hasn't been outside for a week",
  "WW IS RM", "ncw rm iso", "S", "h")
E("GLAA compliance visit (shellfish): gang leader paying workers in cash without payslips, no deductions evident but records missing. Workers said they are paid fully each week and live in their own accommodation. Licensing breach recorded.",
  "", "", "")
E("My husband's boss made him pay £3000 for the job as a driver. Now he says there is £1000 still to pay for the lorry insurance and takes it from his wages every week. He can't leave until paid.",
  "DB", "uf", "L")
E("Police log: 12:45 – Male (Albanian) detained at a cannabis factory in Stoke. States he was told he would be working in a car wash and owes £15,000 for his journey. Was locked in. Food brought once a week.",
  "DE DB RM AC", "rm", "C", "h")
E("Carer for elderly mother gets Carer's Allowance paid to herself; brother says she 'takes mum's money'. Family dispute, no exploitation.",
  "", "", "")
E("Hotel housekeeper told the union rep that her supervisor 'keeps' her tips and overtime pay in an envelope, saying she will get it at Christmas. Last year she never got it.",
  "WW", "", "L")
E("INT 3/C/P: Restaurant 'Spice Garden' – rumour that staff are not paid. Visit by officers: all staff on payroll, payslips and bank statements inspected, staff spoke freely, no evidence of withheld wages.",
  "", "", "")
E("My daughter (17) said her boyfriend pays for her nails and clothes and now says she owes him, he is making her hold drugs and take them to Leeds on the train.",
  "AV DB", "", "C", "h")
E("Bank fraud team: New account opened for Ms R (Nigerian, 23). Third party (male) present at opening, provided all details, took the debit card. Salary from a care agency paid in; cash withdrawn by male.",
  "WW", "ncw sfw", "L")
E("Eastern European males living at the back of the car wash, a caravan, no toilet. They work from 7 to 9. Boss gives them 'a bit of money' on Sunday.",
  "WW AC EO", "swp plc lh", "L")
E("Father took out a bank loan to pay for his son's university fees in the UK. Son works part-time and sends some money back. Student visa, no concerns.",
  "", "", "")
E("INT 2/B/C (do not disclose to subject): Female (Thai, 30) in massage parlour 'Lotus' says her 'aunty' paid for her visa and she has to work until £18k is paid. Aunty takes 70% plus rent.",
  "DB WW", "", "S", "h")
E("A Chinese student told me her employer at the bubble tea shop pays £7 per hour cash. She knows it's below minimum wage but needs the job. She has her own documents and lives in halls.",
  "", "", "")
E("Pt (F, 19, Romanian) attended sexual health clinic with an older woman who translated and would not leave the room. Pt has 5 phones' worth of numbers written on her arm? Declined to explain. Said she 'works in a flat' and 'the money goes to Mama'.",
  "WW", "sfw ncw", "S")
E("Construction site manager reports a subcontractor's labourers (Indian, on skilled worker visas) telling him they paid £12,000 each for their certificates of sponsorship and are being paid for 20 hours a week while working 60. The sponsor has their BRP cards.",
  "DB WW EO RD", "uf lh dt", "L")
E("Call from worried mum: her son (20) in Leeds was sacked after a row with his manager and he says he's owed last week's wages. Otherwise fine. Advised to contact ACAS.",
  "", "", "")
E("He said I could stay in his house and he would find me work, but I must give him my wage card. He gives me £20 on Saturday. When I ask for my card he says I will be on the street.",
  "WW IT AV", "ncw", "L", "h")
E("POI 'Uncle Jo' – suspected recruiter for Nigerian women into domestic work in Essex households. Victims told they'd study nursing. Juju oath taken before departure; told they'd die if they disobeyed or spoke to police.",
  "DE IT", "foa", "D")
E("Recycling plant visit (EA + police): workers had PPE, were on payroll through a licensed agency, site welfare facilities adequate. No indicators observed. Joint visit closed.",
  "", "", "")
# ---- part 2 ----
E("They took my phone the first day and said I don't need it. I didn't know the name of the town. I only saw the field, the bus and the house. Money was 'on the book' – the book said I still owed for the bus from Bulgaria.",
  "IS DB", "iso", "L")
E("Officers attended the address re noise. Six Polish males living there, all work at the same meat factory via an agency, each has his own tenancy agreement and bank card. Rooms clean. No concerns.",
  "", "", "")
E("1/A/P – Source states that at the Kingfisher car wash the workers hand over their wage packets to 'Besnik' on Friday night, who gives each £80 back and keeps the rest 'for the rent and the debt for the lorry'. Workers told that Besnik's cousins in Elbasan know their families.",
  "WW DB IT", "ncw", "L")
E("Ms K (Filipina, 38) arrived with a diplomatic family on a domestic worker visa. She says she has been paid £100 per month into an account in Manila that her employer opened; she has never seen the statements. She is not permitted to use the phone and has no contact with her children. She works from 5am until the family go to bed.",
  "WW IS EO", "ncw iso lh", "D")
E("Food factory – worker off sick for two weeks, got SSP only, thinks he should get full pay. HR confirmed contract says SSP. He disagrees. Not a safeguarding matter.",
  "", "", "")
E("A man told her in Hanoi she'd work in a beauty salon in Paris. She ended up in a flat in Glasgow and was made to have sex with men. She was raped by the man who drove her. She says she owes him €18,000.",
  "DE PV DB", "", "S")
E("reporting a house on Brook Lane 15 men live there they get picked up by a white van at 5 every morning come back at 10 at night all look thin and dirty, ones got his arm in a bandage",
  "EO", "oc cedl lh pa", "", "m")
E("The agency charged me £95 for my safety boots and hi-vis, but it was refunded after my probation like they said. I get paid weekly into my own account.",
  "", "ppe", "")
E("Intel log: VRM YX19 ABC – Audi A6, registered keeper NGUYEN Van. Vehicle seen at 3 nail bars in Sheffield; driver collects the takings from each at close, also drives the girls to and from a house in Page Hall where they sleep 8 to a room.",
  "WW AC", "et ncw oc", "L")
E("Patient (M, 40s) with learning difficulties told district nurse that 'Gary' gives him jobs laying tarmac and 'looks after' his money. He has not had any money for a long time and sleeps in a shed in Gary's yard. Gary hits him if he's slow.",
  "AV WW PV AC", "ncw swp", "L")
E("Worker says his employer pays by bank transfer but forgot to pay overtime for the bank holiday. Manager admitted mistake and paid it the next week.",
  "", "", "")
E("Salvation Army first responder: Male (Romanian, 52, alcohol dependent) recruited from a soup kitchen in Bucharest. Told he'd be a farm labourer with accommodation. Kept in a caravan, given cheap vodka and £10/week, rest of wages taken by the recruiter's wife who had his ID card.",
  "AV DE WW RD AC", "dt ncw plc", "L")
E("The waiter said he is happy to work 55 hours a week in summer because he gets time and a half for overtime, and takes two months off in winter. Employer is a small family hotel.",
  "", "", "")
E("INT 2/B/C: ALIU, Erion is said to charge young Albanian males £200 a week 'rent' for a room in a cannabis grow house he controls. Males must tend plants to pay. If they leave the house they are told the police will deport them.",
  "DB IT AV", "foa", "C")
E("Nurse (Zimbabwean) asked union whether her employer can recover a £3,000 training fee if she leaves in the first year. Contract states this clause. She's paid properly and has her own visa documents. Advice given.",
  "", "", "")
E("A young lad (approx 14) seen selling the Big Issue outside Tesco every day including school hours. A man in a car picks him up and takes the money. Doesn't look well fed.",
  "AV WW", "ncw pa", "C", "h")
E("Housing officer: tenant's adult son has moved 3 friends into the flat. Overcrowded but all are family friends, working at the retail park, paying their share. No concerns of exploitation.",
  "", "oc", "")
E("Press summary: Two brothers sentenced at Leicester Crown Court for forcing 11 vulnerable men to work for their block-paving business. Victims, some homeless and some with addictions, were paid as little as £5 a day, housed in a derelict stable block and beaten if they tried to leave.",
  "AV WW AC PV", "plc", "L")
E("I was happy to come, my cousin paid for the ticket and I paid him back from my salary in 4 months, he never added anything. I work in his shop now and I am paid like everyone.",
  "", "", "")
E("GLAA: packhouse labour provider deducting £70 per week for transport which workers cannot opt out of and £15 per week 'ID card' fee. Net pay falls below NMW. Workers stated they have no choice on which house they live in.",
  "WW", "ct ncw", "L")
E("child 12 from the flats going in and out of number 47 at all hours, the men there give him money and weed to deliver bags. his mum doesnt know",
  "AV", "", "C", "h")
E("POI TANG – owns takeaway. INT 3/C/P suggests he imports chefs from Fujian who owe him for their journey. Staff sleep in the flat above the shop; his wife holds all passports.",
  "DB RD", "dt swp", "L")
E("In the house there was no heating, we had one toilet for 20 people, the mattress was wet. They took £60 a week for this from our pay.",
  "AC", "oc plc", "L")
E("Woman called 101 after seeing a girl in a pink coat crying outside a nail salon being shouted at. Officers attended, the girl (23) was the owner's daughter, they had argued about a boyfriend. No concerns.",
  "", "", "")
E("INT: Pop-up brothel at Airbnb, Flat 6 Marlowe House. Two females (Brazilian) arrived 3 days ago, not seen leaving. Male with them answers the door, handles bookings, keys and money. One female said she 'doesn't know where she is'.",
  "WW IS RM", "ncw sfw iso rm", "S")
E("She was recruited by a family in Dubai as a nanny, brought to London. She says the wife took her passport at Heathrow and never gave it back. Salary was promised as £1,000 a month; she got nothing for two years. She was beaten with a hairbrush when the baby cried.",
  "RD WW DE PV", "dt", "D")
E("Care home agency worker told me she is owed £300 holiday pay. She's on a fixed-term contract, her own visa, lives with friends. Dispute with agency only.",
  "", "", "")
E("Bank: customer Mr P (Lithuanian) presenting with a man who says he is his 'manager'. Mr P wants to change his address to the manager's. Manager spoke throughout and asked for the card to be posted to him. Similar pattern seen with 4 other customers this month.",
  "", "sfw ncw", "")
E("INT 2/A/P: Male (Vietnamese, 16) arrested at a grow in Bristol. Told officers he was brought by a man who paid his way and says he owes £20,000. Had been inside for 3 months without leaving, sleeping on a mattress next to the lamps.",
  "AV DB RM AC", "rm swp plc", "C", "h")
E("Gov job scheme staff member says that a client believes his employer is 'stealing' because tax is deducted from his pay. Explained PAYE to client. No further action.",
  "", "", "")
E("Witness statement: 'I saw the boss, a man called Waqar, hit Tomasz with a spade because he was resting. The men were not paid at all for the last job. Waqar said if they go to police, their visas will be cancelled and they will go to prison.'",
  "PV WW IT", "foa", "L")
E("Caller says her daughter's ex-boyfriend is demanding she repays him £600 for a holiday. Harassment, advised.",
  "", "", "")
E("A worker from Slovakia said that the agency in Bratislava charged him €400 to register and promised warehouse work at £11 an hour. In England there was no job for three weeks; the 'landlord' charged him rent for that time and said it must be worked off at a car wash.",
  "DE DB", "uf", "L")
E("Officer note: males in back of Transit (VRM LF15 KPT) stopped on M62 at 04:50. 9 males, all said they work in a food factory in Bradford and go willingly. All had own ID, phones, bank cards. Driver has agency paperwork. NFA.",
  "", "", "")
E("She (15) told the school nurse that older men take her to hotels and give her vodka, and that afterwards one of them 'did things' to her. She says she owes them for a phone and they won't let her stop.",
  "AV PV DB", "", "S", "h")
E("The boss said every shift I miss I have to pay £100, and for every car not cleaned properly £20. At the end of the month I have almost nothing left, sometimes I owe him.",
  "WW DB", "", "L")
E("Hospital: Living donor kidney work-up halted – potential donor (Indian, 28) unable to explain his relationship to recipient; documents appeared forged; interpreter suspected donor was paid and coached. Referral to HTA and police.",
  "", "", "O")
E("A 17 yr old lad who works at the chippy gets paid £6.50 per hour which is the youth rate, his parents checked and it's legal. Member of public asked if it's exploitation.",
  "", "", "")
E("INT 2/B/P suggests a female (Nigerian, 30) employed as a live-in carer for an elderly man in Croydon by his son. Her wages are paid into the son's account; she is given £30 a week. She has not left the house alone for a year. Son has her passport.",
  "WW RM RD", "ncw rm dt", "D", "h")
E("Debrief (own words, translated from Polish): 'Bartek said no cost, everything free – travel, house, work in factory. In England he say I owe £500 for the travel, £100 for the papers. My wage go to his bank. He give me money only for cigarettes. I was drinking, he bring me alcohol so I stay.'",
  "DE DB WW AV", "ncw", "L")
E("My brother works 12-hour shifts on a fishing boat out of Peterhead and is paid a share of the catch. He chose it, likes it, and comes home every two weeks.",
  "", "", "")
E("Car wash worker (Kurdish, 19) told outreach worker he owes the owner for his asylum lawyer's fees and has to work until it's cleared, about 2 years. He sleeps in the storage room. The owner tells customers he's his nephew.",
  "DB AV", "swp", "L")
E("Employer offered staff an interest-free loan for their deposit on a flat, repaid at £50/month from wages, agreed in writing, can be repaid early. Employee queried, no concern.",
  "", "", "")
E("INT 2/C/C: Female (Romanian, 25) working on street in Leeds holding area; said to be controlled by boyfriend who takes all earnings and has shown her a picture of her mother's house in Craiova. He beats her if she earns less than £300 a night.",
  "WW IT PV", "ncw", "S")
E("Report by nanny agency: a live-in nanny says the family take 'deductions' for her food and room leaving her about £40 a week. She works 7 till 10 daily, has no day off and the parents keep her passport.",
  "WW EO RD", "lh dt", "D")
E("Taxi firm says drivers pay £150 a week for the car and radio. Drivers are self-employed, some earn well. Complaint by one driver that it's unfair. Not exploitation.",
  "", "", "")
E("Male (Sudanese, 33) came to police station. States he has worked at a farm for 6 months and has never been paid. The farmer told him that the Home Office would arrest him if he left. He is frightened of police and only came because he was injured.",
  "WW IT AV", "foa pa", "L")
E("Our daughter's boyfriend (22) manages her money – her salary from the bank goes into a joint account. She agreed to it and can access it. Mum worried; no coercion disclosed.",
  "", "", "")
E("He said I would work in his shop and study English. I did the cleaning, cooking, washing for his wife and 5 children. They said they pay my father. I never saw any money.",
  "DE WW", "ncw", "D")
E("POI OKAFOR – suspected of recruiting women in Benin City for 'hairdressing' in the UK. Victims made to swear oath, told they owe €40,000. Victims work in flats in Luton. OKAFOR collects earnings weekly.",
  "DE DB WW IT", "ncw", "S")
E("Library staff: a man uses our PCs every day to check 8 different email accounts for job sites and then phones people in Romanian. I don't know if it's anything but he seems to be placing people in jobs.",
  "", "", "")
E("Forced marriage unit: girl (16) taken to Pakistan for 'holiday' and married to cousin. Now returned, living with in-laws in Bradford, made to do all housework, not allowed out, her phone taken.",
  "AV RM IS", "rm iso", "D", "h")
E("Man says he was sacked from a packhouse for complaining about not getting his overtime paid. Checked: he had been paid all his overtime, but at the standard rate as per contract.",
  "", "", "")
E("INT 2/B/P: Male DUMITRU 'Dumi' manages 'labourers' from Constanta in a construction business in Luton. Workers told before travel wages £100/day; actually paid £30/day cash, remainder kept for 'house, van, phone'. Dumitru keeps ID cards 'to do the contracts'.",
  "DE WW RD", "dt ct", "L")
E("I am not paid for one month because the restaurant had a fire. The owner paid the next month double and said sorry. I'm fine.",
  "", "", "")
E("The girls at the massage place live there, I see them hanging washing in the back yard. None of them come out the front. Man in a Mercedes comes every night to collect a bag.",
  "", "swp", "S")
E("Victim (Polish, 45) says that he and others were told that if they complained about pay, 'the same thing will happen to you as Marek' – Marek had been beaten and dumped at the side of the road.",
  "IT", "", "L")
E("Parent contacts school: son (15) missing overnight, says he's been 'working' with older boys in another town, brought back a wad of cash. No disclosure of debt or threats. Strategy meeting convened.",
  "AV", "", "C", "h")
E("Packhouse worker (Lithuanian) says the agency wants him to pay back £250 of relocation costs since he left after 2 weeks. That was in his signed contract. He has his own flat, passport and bank account.",
  "", "", "")
E("Multi-agency visit to a terraced house in Wisbech: 14 adults living in 3 rooms and a shed, landlord is also their gang supervisor who takes their bank cards and PINs 'to pay the bills'. Some workers had no idea how much they were earning.",
  "WW AC", "oc ncw mbc", "L")
E("Intel: male 'Azad' recruits at Kurdish barber shops, promising work with £500/week. Those recruited are placed at car washes with pay of £150 a week and must repay £2,000 'for the introduction'.",
  "DE DB", "uf", "L")
E("Worker at poultry farm says there was no hot water in the staff block for a week, the manager fixed it. Otherwise happy, gets paid on time.",
  "", "", "")
E("He said I owed him for the room. Then for the food. Then for the fine when the car was not clean. I never finish owing.",
  "DB", "", "L")
E("Police log 23:10: Female (Hungarian, 20) found wandering near M6 services, no shoes, bruises on arms. Says she escaped a house where she was made to sell sex; men took her money and locked her in a room. Doesn't know which town.",
  "PV WW RM IS", "pa rm iso", "S", "h")
E("Financial review of care agency: 35 sponsored carers. Each paid correctly via BACS into their own accounts. No deductions beyond tax and pension. Travel time paid. No concerns.",
  "", "", "")
E("Her husband's family use her visa status against her – she must look after the in-laws, clean and cook all day; they say if she complains they'll tell the Home Office she left the marriage and she'll be deported.",
  "AV IT", "", "D")
E("INT 2/B/P: Young males (Albanian) said to be working in barbershops in Coventry owned by a network; told they owe £10,000 for their journey and that their sisters will be 'sold' if they do not pay.",
  "DB IT", "", "L")
E("Man says his manager at the call centre 'works them to death' – 40 hours a week and targets. Paid above minimum. Reported to management.",
  "", "", "")
E("Statement (translated, Chinese): I came to work in a restaurant in Chinatown. The boss said I will get £1,200 a month. After 3 months he gave me £300 and said the rest is for the 'snakehead'. I worked every day, no day off, 12 hours.",
  "DE WW DB EO", "lh", "L")
E("Referral (children's services): boy (13) groomed online by a man who sent him £50 for gaming; man now says the boy owes him and must send sexual images or the man will tell his parents.",
  "AV DB IT", "", "S", "h")
E("Supermarket worker says his pay slip shows an emergency tax code and he's lost £200 this month. HMRC issue. Advised.",
  "", "", "")
E("A woman in the flat above is pregnant, never goes out, and the man who lives with her says she's his wife and does all the talking. She came to my door once asking for bread; she had a black eye.",
  "", "sfw pa", "")
E("Police INT 1/B/P: 'Lucky' nail bar, Oldham – workers (Vietnamese, two of them under 18) brought each morning by minibus; it's believed they are paid nothing and told they will be arrested as illegal immigrants if they leave.",
  "AV WW IT", "et foa", "L", "h")
E("Tesco cashier saw a man pay for shopping using a card in a woman's name. When asked, he said his wife was in the car. Checked CCTV, woman in car. No concerns.",
  "", "", "")
E("My mum came from Nigeria to help look after my kids. She isn't paid but she's family, lives with us, has her own room and goes to church on Sundays. A neighbour reported us. I'm upset.",
  "", "", "")
E("Organ INT 2/C/C: network suspected of recruiting UK-based Moldovan men by offering £15,000 for a kidney to be removed in Turkey. One male returned with surgical scar, says he received £2,000 and was threatened when he asked for the rest.",
  "DE WW IT AV", "pa", "O", "h")
E("Interview (interpreter's note): He says he worked for 'Mr Raj' in a textile factory in Leicester. Mr Raj said his pay would be £4 an hour and he accepted this. He keeps his pay, his passport is with him, he lives with his wife. Low pay is the main concern.",
  "", "", "")
E("Woman with Down's syndrome living with her carer who uses her to clean other flats in the block for cash, which the carer keeps. Woman says she likes the carer but she is not allowed to go to the day centre any more.",
  "AV WW IS", "ncw iso", "L")
E("INT 3/C/C (do not disclose source): suspected shoplifting gang – Romanian females dropped at retail parks, collected in a people carrier, goods taken by driver. Females given £10 a day.",
  "WW", "et cedl ncw", "C")
E("Member of public: the mushroom farm workers are out in all weathers and the boss is strict but they get paid, I know them from church.",
  "", "", "")
E("Debrief: 'I was homeless in Birmingham. A man offered me a job and a room. He took my bank card to put my wages on. After a few weeks he said I was not paid because I owed him for the room. When I wanted to leave he punched me and said I'd be sorry.'",
  "AV WW DB PV IT", "ncw", "L", "h")
E("Housing association flagged tenant subletting rooms to 6 international students. Students each pay £500/month, have their own jobs and passports, free to come and go. Tenancy breach only.",
  "", "oc", "")
E("INT 2/B/P: Male KUMAR recruited 4 Indian chefs on skilled worker visas for his restaurant in Swindon. Each charged £15k for the COS. Wages paid in full on payslip but employees must withdraw £1,000 cash monthly and return it to KUMAR.",
  "WW DB", "uf", "L")
E("11 year old girl at school says she does all the cleaning and looks after 4 siblings every day after school because mum works nights. Family support referral. No exploitation.",
  "", "", "")
E("Man found sleeping in a cattle shed at a dairy farm in Somerset. Says he has worked there for 10 years, was 'taken in' by the family, paid in cigarettes, has never had a holiday, no bank account.",
  "WW AC EO AV", "swp plc lh", "L")
E("Bank alert: 12 newly opened accounts, all listing the same address in Slough, all receiving wages from the same recruitment agency, funds transferred onward to a single account. Same device used for all app log-ins.",
  "WW", "mbc ncw", "L")
E("Woman reports she was sold a fake job in a London hotel online, paid £300 for a visa that never came. She never left Ghana. Fraud report.",
  "", "uf", "")
E("Girl (Romanian, 18) in a brothel in Slough said the madam keeps her passport in a safe and takes half her earnings for the room and adverts and the other half 'to save for her'.",
  "RD WW", "dt ncw", "S")
E("Cleaner for office company says she gets £10.42 an hour and wants more. Union pay claim. Not exploitation.",
  "", "", "")
E("POI 'BIG MAC' – running county line 'Mac line' from London to Swindon. Uses two local teenagers (14, 15) to run deals; boys told they owe £1,500 after being robbed (believed staged); one was stabbed in the leg last month as a warning.",
  "AV DB PV IT", "", "C", "h")
E("A friend told me her employer 'saves' her wages and gives her money when she asks. She's a live-in carer. She says she trusts them, but she hasn't asked for a long time.",
  "WW", "ncw", "D")
E("Worker on farm says he's sent back to Romania at end of the season each year by choice, picks for the same grower for 8 years, well paid and gets bonus. Visited by researcher, no issues.",
  "", "", "")
E("Man (Eritrean, 28) came to the helpline. He says he is in debt to a man in Calais for the crossing; since arriving he has been working in a pizza shop for that man's brother, unpaid, 15 hours a day, sleeping in the shop. He was told his mother in Asmara would be hurt.",
  "DB WW EO IT AV", "swp lh", "L", "h")
E("Construction labourer fell from scaffold, broke leg. Site investigated by HSE for poor safety. Labourer employed directly, paid properly.",
  "", "", "")
E("Girls (16, 17) from the children's home are being picked up late at night by men in cars. They come back drunk with money and clothes. One said the men 'own' her now because they paid her phone bill.",
  "AV DB", "cedl", "S", "h")
# ---- part 3 ----
E("999 call 02:14 – male caller, broken English, says he is in a locked room at the back of a car wash in Gateshead with two others, the boss has taken their phones but he hid one. Boss hit his friend with a pipe tonight, friend bleeding from the head.",
  "RM IS PV", "rm iso pa", "L", "i")
E("Constituent wrote to MP: her son works at a distribution centre, says the agency always pays on the Friday but this week it came on the Monday because of the bank holiday. She wants it investigated.",
  "", "", "")
E("INT 2/B/P: Female (Vietnamese, approx 16, age disputed) believed to be held at nail bar flat above 22 High St. Door has padlock on the outside. Owner seen taking her to the shop downstairs and back only. Believed to be there now.",
  "AV RM", "rm et", "L", "i")
E("Money sent home: my husband sends £300 every month to his parents in Bangladesh from his own wages. The bank asked me why. There's no problem, it's his choice.",
  "", "", "")
E("Caseworker (Unseen): client says her 'friend' from church in Accra arranged her job as a housekeeper in Surrey for £800/month. She has been paid £0 after 14 months, the lady says the money is being put aside for her wedding. She has no key to the house, no phone, and does not know the street name.",
  "DE WW RM IS", "ncw rm iso", "D", "h")
E("The lads in the kitchen at the Indian restaurant on Castle St are paid cash and the chef says they get the minimum. I think it's less, maybe £8. They go home at night to their own places.",
  "", "", "")
E("Witness: 'He brought 4 women from the van into the house and one of them was crying. He slapped her and said in English \"you work or you don't eat\". The women were taken out at night and brought back in the morning.'",
  "PV IT", "et cedl", "S")
E("HR investigation: a line manager at a meat plant was taking £50 a week from new starters in exchange for 'guaranteeing' their shifts. Manager dismissed, workers reimbursed, police informed. Workers otherwise paid directly and hold their own documents.",
  "", "", "")
E("Account from debrief (Albanian male, 19): 'In Tirana they said work in a building company in London. When we arrive they take us to a flat full of plants and say now you work here, the building is finished. I had to stay inside, I slept on the floor by the fans. They said I owe 12 thousand for the lorry and if I run they will find my family.'",
  "DE RM DB IT AC", "rm swp", "C", "h")
E("School (DSL): Year 11 girl has a 'boyfriend' aged 24 who gives her lifts and buys her things. Parents aware and unhappy. No disclosure of sexual activity or money being owed. Monitoring.",
  "", "", "")
E("Online report: THEY MAKE THEM WORK ALL HOURS AT THE HAND CAR WASH ON THE A38, 7 DAYS, I GO PAST AT 10PM AND THEYRE STILL THERE AND THEY'RE BACK AT 7. THEY SLEEP IN THE PORTAKABIN",
  "EO", "lh swp", "L")
E("Rental fraud: a landlord took deposits from 9 students for a flat that doesn't exist. Students' money lost. Fraud investigation.",
  "", "", "")
E("She says that after her baby was born the 'aunty' told her she must go back to the flat after two weeks and pay for the hospital, the nappies and the baby's food from her work there. She could not refuse because the aunty had the baby's birth certificate and her passport.",
  "DB RD AV", "dt", "S")
E("Agency worker says supervisor speaks to the Polish workers in Polish and does the translation with management. Workers seem fine with it; all have their own accounts and phones.",
  "", "", "")
E("INT 2/C/P: suspected 'sugar daddy' grooming of care leavers in Stoke – a male provides accommodation then tells the young women they must 'entertain' his friends to pay the rent.",
  "AV DB", "", "S")
E("My husband's cousin came to work on our farm in Punjab... sorry, I mean he came to our farm here in Kent. We pay him the same as all the pickers, he lives in our house and eats with us. A social worker asked questions and we answered.",
  "", "", "")
E("Police log 18:30: Two Romanian males seen begging at the station reported a third man took their takings and threatened to burn their tent if they didn't hand over more tomorrow.",
  "WW IT", "", "C")
E("Midwife note: Pt (Chinese, 24) attended booking at 28 weeks, accompanied by a 'cousin' who held her phone and passport and insisted on translating. Pt said she works 'in a massage place' and lives there. When alone she cried and said she 'has to pay back' before she can leave.",
  "RD DB IS", "dt sfw swp iso", "S", "h")
E("I took out a payday loan and can't pay it back, the company keeps phoning me at work. I feel trapped.",
  "", "", "")
E("INT 2/B/P: Male TOMA runs group of 'workers' at a recycling plant, Walsall. Workers must surrender wages to TOMA who pays them 'pocket money' of £25. TOMA threatens to 'break legs' of any who talk to the plant's managers.",
  "WW IT", "ncw", "L")
E("Man approached outreach team saying he had escaped from a farm where he was kept in a locked container at night, food only once a day, beaten when he couldn't keep up. He has lost weight and has sores on his feet.",
  "RM PV AC", "rm pa plc", "L", "h")
E("Employer explained to the inspector that the 48-hour opt-out had been signed voluntarily by staff wanting extra shifts; all overtime paid at time and a quarter. Staff confirmed. No concerns.",
  "", "", "")
E("He showed me a video on his phone of a man with his face covered in blood. He said 'this is the last boy who didn't pay'. Then he told me I must go to Norwich with the bag.",
  "IT", "", "C")
E("Car wash owner fined by HMRC for not paying minimum wage to 6 staff. Workers were interviewed; all free to leave, own accommodation, own bank accounts. Arrears repaid.",
  "", "", "")
E("Debrief: 'They told me there was good work in England for a young strong man. I paid £1,000 to the man in Tirana. But he said I owe more, 5 thousand, for the hotel in France and the boat. I worked in a car wash in Manchester and they kept everything I earned.'",
  "DE DB WW", "uf", "L")
E("Prison officer note: prisoner (Vietnamese, 19) convicted of cannabis production says he was brought to the UK at 15 and forced to work in a grow, was given no money and was locked in. NRM referral made from prison.",
  "AV RM WW", "rm", "C", "h")
E("Asylum seeker hotel – a resident is doing cleaning jobs for cash for a local man, says he is paid £40 a day. He knows it's not allowed under his status. Free to come and go.",
  "", "", "")
E("Public report: theres a woman at the house on Hawthorn Ave she does all the cleaning and gardening for the old couple I've never seen her leave, she told my daughter she hasnt been paid since she came and the son keeps her passport in his safe",
  "WW RD RM", "dt rm", "D", "h")
E("Fraud alert: woman (British, 42) with a gambling addiction recruited as a 'money mule'. She lets a man use her account; he gives her £50 per transfer. He has since demanded she open more accounts or he'll tell her husband.",
  "AV IT", "", "C")
E("Intel 2/B/P: brothel on Cromer Rd – two women say they were told they'd be working as cleaners. They are not allowed out without 'Vlad', who keeps their ID cards and all money.",
  "DE RM RD WW", "rm dt ncw et", "S", "h")
E("Agency says workers pay a £30 fee for a CSCS card course. It's an industry requirement, the training provider is legit and the card belongs to the worker.",
  "", "", "")
E("The boss deducts £40 for the shared room, £15 for the minibus, £20 for 'boots and gloves' and £50 for 'loan' every week. My wage for 60 hours is £140 so I keep nothing much.",
  "WW DB EO", "ppe ct lh", "L", "h")
E("Elderly Pakistani grandmother living with her son's family. Social worker visit: she helps with cooking by choice, has her own bedroom, pension paid to her account which she uses. No concerns.",
  "", "", "")
E("Anon: my sister in law was brought over to marry my brother, she is made to work in his shop and the house and his mother hits her if she talks to anyone, they took her phone.",
  "PV IS", "iso", "D L")
E("Port of Dover: HGV stopped, 3 Eritrean adults in trailer. All said they paid smugglers €3,000 each, have no onward work arranged. Asylum claims. No trafficking indicators disclosed.",
  "", "uf", "")
E("INT 3/C/P: woman (Thai) working from a flat in Reading advertised on AdultWork. Believed the advert is paid for by a man who then takes £100 per client. Unknown whether she is free to leave.",
  "WW", "ncw", "S")
E("A care home sponsored 30 carers from Kerala. Each carer was told they would earn £11.44/hr. They are paid for 20 hours but made to work 50; they were charged £10,000 each by an agent in Kochi and owe it to a lender in India. Manager told them if they complained they'd be sent home.",
  "DE WW EO DB IT", "uf lh", "L", "h")
E("Police responded to reports of 'a woman being held' at a house. On arrival the woman (Polish, 30) was at home with her partner; she said she was fine, has a job at Amazon and her own car. She had argued with a neighbour.",
  "", "", "")
E("Hospital: male (Egyptian, 35) admitted with sepsis following a nephrectomy performed abroad two months ago. Says a broker in Cairo paid him $3,000 for his kidney; he was told it was for a family member. He now lives in a shared room in Hounslow and is frightened of the broker.",
  "DE AV", "foa", "O")
E("Caller says the builder next door has Eastern European workers who start at 7am which is too early and noisy. Noise complaint.",
  "", "", "")
E("Debrief via interpreter (Slovak, Roma): she says the man who brought them told her family they would all work in a factory. Her husband does. She was made to stay at the house and cook and clean for 10 men. She was not allowed out. When she asked for money, the man laughed and said 'you eat, that's your money'.",
  "DE RM WW", "rm", "D", "h")
E("Pay dispute: chef says he was promised £30k, contract says £27k. He has left and works elsewhere now. Employment law matter only.",
  "", "", "")
E("INT 2/B/C: minibus (VRM KX67 EFG) seen at 04:30 collecting approx 15 males from 3 addresses in Boston and returning 22:00. Driver is the landlord of all three addresses. Workers reportedly pay him £40 per week for the lift.",
  "EO", "cedl ct lh et", "L")
E("Nail bar visit – 3 staff. Owner (Vietnamese) and her two daughters (both adults). All with British passports, paid, living at home. No concerns. Trading standards for hygiene.",
  "", "", "")
E("The foreman holds onto our passports and says we'll get them back at the end of the season. He says it's so we don't lose them. We can go to town on Sundays.",
  "RD", "dt", "L")
E("Probation: PoP (18) on licence for possession with intent. Says he was made to sell drugs in Hastings by a London gang who tied him up and burned him with an iron when money went missing. Still 'owes' them £3k.",
  "PV DB", "", "C", "h")
E("Woman asked for advice because her employer withholds 10% of her salary as a pension contribution. Explained auto-enrolment. Satisfied.",
  "", "", "")
E("Taking a statement from a worker at the laundry: she says they all sleep in the room next to the machines, 10 women, the boss locks the door at night 'for security', and they can only go out on Sunday with the boss's son.",
  "RM AC", "swp oc rm et", "L", "h")
E("Agency fee: the Indonesian fishermen each paid about $1,500 to an agency in Jakarta. Skipper in Scotland says he doesn't know about it. They're paid $500 a month, less than other crew, and work 20-hour days at sea. One was punched by the mate.",
  "PV EO", "uf lh", "L")
E("Police attended address re a concern for a Chinese female. She is a student at the university, was upset because she failed an exam. Has friends and money. No concern.",
  "", "", "")
E("Boss said he'd look after the money and I could have it when I go back to Vietnam. I've asked for it 3 times. He says I should be grateful for the job.",
  "WW", "ncw", "L")
E("Local authority: a family of 8 from Romania living in a 2 bed flat, both parents work legitimately, children at school. Overcrowding referral to housing. No exploitation.",
  "", "oc", "")
E("INT 2/B/P: female (Nigerian, 17) trafficked to the UK for domestic work at the home of a pastor in Peckham. Not attending school. Sleeps in the kitchen, works from 5am. Pastor's wife beats her with a cable. Believed to be at the address now.",
  "AV EO PV", "swp lh", "D", "i")
E("Care worker at a domiciliary agency complains she is not paid for travel time between clients so her effective pay is below minimum wage. HMRC referral. Not forced labour.",
  "", "", "")
E("Eastern Europe recruitment Facebook ad: 'Work in UK warehouse, £600/week, house and transport included, only €250 deposit'. Several people who paid got nothing; no job existed.",
  "", "uf", "")
E("In my statement I want to say that Mr Ahmed did not take my passport, he did not hurt me, and I could leave when I wanted. But he paid me only £5 an hour for 70 hours a week and when I complained he said I would never work in this town again.",
  "EO IT", "lh", "L")
E("My boss said I could not take holidays until I have repaid the £4,000 he paid the agent in Dhaka for my visa. He takes £500 a month from my salary and it is still £3,500.",
  "DB", "uf", "L")
E("Man asked police to help him get his deposit back from a landlord. He'd left the room because it was damp. Civil matter.",
  "", "", "")
E("Crimestoppers: Flat 9 Tower Court used by a man who brings different young women from London each week for sex with men. Women stay inside, men come and go. One woman had a swollen face.",
  "", "pa", "S")
E("Safeguarding adults: Mr J (65, dementia) – his nephew moved into the flat and uses Mr J's bank card to withdraw his pension; Mr J has not had any cash for weeks.",
  "", "ncw", "")
E("INT 2/C/P: Chinese nationals working at a farm in Kent, recruited through WeChat; told they'd earn £2,000/month; in reality paid piece rate that works out around £3 per hour after the gang master takes 'commission' and deducts for the caravan.",
  "DE WW", "ncw", "L")
E("Worker told the packhouse welfare officer that his wife in Bulgaria needs money so he does extra Saturday shifts. Paid at overtime rate. Says it's his decision.",
  "", "", "")
E("Victim (Polish, 29, homeless at the time) says he was recruited in Victoria Station by a man offering roofing work. Was put in a caravan with no heating. Was paid £20 a day, then nothing. Was told if he ran, 'the boys' would find him. Had his ID taken 'to register with HMRC'.",
  "AV WW AC IT RD", "plc dt", "L", "h")
E("INT 2/B/P: A woman (Sudanese, 30) in a house in Luton was rescued by police this morning; she had been locked inside for 2 weeks by a man who raped her repeatedly and told her she owed him for a flight.",
  "RM PV DB", "rm", "S", "h")
E("Hotel manager called police: a guest brought 3 young girls to his room late at night. Officers attended; girls aged 14-15; male arrested. Girls say he gave them vodka and money for 'a party'.",
  "AV", "", "S", "i")
E("Home Office UKVI: employer failed right-to-work checks on 2 staff. Civil penalty. No indicators of exploitation; staff paid properly.",
  "", "", "")
E("The 'landlord' says the house rules are no visitors, no going out after 8pm and no phones in the rooms. He takes our pay to 'cover the bills' and gives the rest on Sunday, usually £30.",
  "RM IS WW", "rm iso ncw", "L", "h")
E("Worker says she borrowed £1,000 from her mother-in-law for a deposit and is paying it back £100 a month. No pressure, no interest. Mentioned to her GP in the context of stress.",
  "", "", "")
E("INT 1/B/P: 'DIAMOND' – young women from Leeds being driven to Manchester hotels for sex by a male driver; he keeps the money from their customers and gives them cannabis. Two are 16.",
  "AV WW", "et ncw", "S", "h")
E("Statement: 'I told them I didn't want to do it any more and they said that's fine, you owe us nothing, go home.' She left the massage parlour the next day. No threats were made.",
  "", "", "S")
E("Our Slovak neighbour works at the car wash, he told me he earns less than at home but he likes England and sends money back to his mum. He has a car and goes fishing on Sundays.",
  "", "", "")
E("Salvation Army: male (British, 44, alcoholic) kept by a family of travellers who took him from a hostel and made him lay driveways for 8 years, paid in beer and tobacco. Slept in a horse box. Was hit with a shovel when he tried to leave.",
  "AV WW AC PV RM", "swp plc rm", "L", "h")
E("A Filipina domestic worker says her employer in London pays her £1,800 a month into her own account, gives her Sunday off, she has her own room and her passport. She wants help changing employer anyway.",
  "", "", "")
E("Intel: male 'Kostya' controls Ukrainian women working as cleaners in hotels in Leeds. Wages paid into accounts he opened; bank cards all kept in his car. Each woman receives £50 a week.",
  "WW", "ncw mbc", "L")
E("INT: teens (13–15) from Hull used to shoplift to order from stores in Beverley; given £10 and trainers; older male drives them and threatens to 'tell their mums' if they refuse.",
  "AV IT", "et", "C", "h")
E("Pakistani student on a Tier 4 visa works 30 hours at a takeaway during term, above the 20-hour limit. Employer pays him properly. Visa issue only.",
  "", "", "")
E("Interpreter reading back the statement: she says she was promised a job in a bakery in Cardiff. She was taken to a house and told to clean it and look after the children of the man. She was given no money and was told she owed £3,000 for her visa. She has not spoken to her family since March because he took her phone.",
  "DE WW DB IS", "iso", "D", "h")
E("Member of the public: 'I think the man at the shop is underpaid, he works long hours.' Owner is his father, he's 30 and co-owns the business.",
  "", "", "")
E("INT 2/B/P: Romanian women working in a hand car wash in Kidderminster. The wages of all staff are paid to the site manager's wife's account; staff get £150 each per month. All live in a 3-bed house owned by the manager. Staff are driven to work.",
  "WW AC", "ncw oc et", "L")
E("Nurse from Philippines says her NHS trust deducts accommodation costs of £400/month for the first 3 months, which she agreed to in advance. Otherwise paid full salary.",
  "", "", "")
E("Online report: saw a young man crying at the bus stop, he said in bad english he work at the farm and the boss no pay him and take his passport, then his boss came in a red pickup and put him in the car",
  "WW RD", "dt et", "L")
E("Domestic abuse: husband controls all finances and gives wife £20 a week. She doesn't work outside the home. No household servitude disclosed – she looks after their own children.",
  "", "ncw", "")
E("INT 2/B/C: suspected organ broker operating in Birmingham approaching homeless Romanian men. Victim reports being taken to a clinic in Istanbul where a kidney was removed; he was never paid the promised €10,000.",
  "DE AV WW", "", "O", "h")
E("Caseworker: client (Albanian, 20) says her boyfriend took her to London promising they'd marry. He sold her to a man who runs brothels. She was forced to have sex with 10 men a day. The men took her money; she was told she owed them £20,000 for being 'bought'.",
  "DE PV WW DB", "", "S", "h")
E("Worker at a warehouse complains that he's asked to do 12-hour shifts during peak. The hours are voluntary and he's paid overtime. He's tired but wants the money.",
  "", "", "")
E("Field worker (Bulgarian) says that on arrival at the farm the gangmaster took £300 from each of them for 'registration', which they didn't know about. Wages go to a card he holds. Some received nothing for 5 weeks.",
  "DE WW", "uf ncw", "L")
E("A mother called 101 saying her son (19) has debts with a drug dealer, £300, for his own use. He doesn't work for him. Advice given; no exploitation disclosed.",
  "", "", "")
E("Handover: IP (Vietnamese female, 22) now in safe house. She says the man who owns the nail bar told her she must work without pay until her family's debt in Vietnam is paid, and that if she goes to police she'll be deported and her family will suffer.",
  "DB WW IT AV", "foa", "L", "h")
E("Restaurant inspection: kitchen staff work 10 hours a day, 5 days, paid above minimum, holidays given. Food hygiene rating 4.",
  "", "", "")
E("INT 2/B/P: Male (Indian, 50) working in a Sikh temple kitchen in Southall for 4 years without pay. Recruited by a man from his village who keeps his passport. Sleeps in a store room.",
  "WW RD", "dt swp", "L")
E("A woman (Brazilian, 26) says her employer at a cleaning company paid her late for the last 2 weeks because the client hadn't paid. She has her own bank account and has now received it.",
  "", "", "")
E("He gave me new clothes and a place to stay. Then he said I owe him for everything and I have to do what his friends want. I am 14. He has my phone. I am at his house now and he is coming back tonight.",
  "AV DB IS", "iso", "S", "i")
E("Overseas worker (Ghanaian) in a care home: he says the sponsor keeps his BRP card, deducts £300 a month as 'visa repayment' and his hours are 60+ per week. He is afraid to speak up because he may lose the visa.",
  "RD DB EO AV", "dt lh foa", "L", "h")
E("Dad says his daughter (20) is working in a pub and the landlord gives her free accommodation upstairs as part of the job. She has a contract and goes out with friends. Dad worried for no specific reason.",
  "", "", "")
E("Intel report: 'The man who runs the car wash takes the lads' wages and sends it to their families in Kurdistan.' Workers interviewed say they never agreed to this and have no money. One says he has been paid £10 in a month.",
  "WW", "ncw", "L")
E("Border Force, Heathrow: female (Indian, 23) arriving on domestic worker visa for a family in London. Employer met her and took her passport from her hand at arrivals. Officer intervened; she said she was told 'madam keeps it'.",
  "RD", "dt", "D")
E("Man came in to the drop-in. He'd had a job as a labourer and the boss didn't pay him the last week before he left. He has a new job now. Small claims advice.",
  "", "", "")
E("Police log: found 3 males sleeping in a walk-in freezer unit (switched off) at a food wholesaler. They work in the warehouse, say the owner 'lets' them stay free but takes half their wages as 'rent'. Very thin.",
  "WW AC", "swp plc pa", "L")
E("The girls are taken from the house to the parlour at 10 in the morning and brought back at 3am. They have no days off, and the mama takes their money for 'the debt'.",
  "EO WW DB", "cedl lh et ncw", "S")
E("Charity shop volunteer (Syrian refugee) is unpaid because he is a volunteer by choice, 2 mornings a week. He receives his own benefits. Someone reported it as forced labour. No concern.",
  "", "", "")
E("INT 2/B/P: Slovak men recruited by KRAL, told they'd get £10/hr as scaffolders. Arrived, passports taken by KRAL's brother, paid £100/week after 'rent, food, transport', made to work 7 days. One man who wanted to leave was knocked unconscious.",
  "DE RD WW EO PV", "dt lh ct", "L", "h")
# ---- part 4 ----
E("Rest centre note: male (Romanian, 36) brought in by police after a raid on a car wash. Arrived with only the clothes he wore and a carrier bag; no phone, no ID. Says the boss 'holds everything' – passport and the bank card his wages are paid onto – and gives him £5 a day for food.",
  "RD WW", "fpe dt ncw", "L")
E("GLAA: agency deducts £12 for hi-vis and £35 for boots from the first wage of every worker, non-refundable, without written agreement. Workers otherwise paid correctly and hold their own cards. Licence condition breach.",
  "", "ppe", "")
E("The two women in the takeaway flat own nothing, one pair of shoes between them, no coats in December. The owner says they are his wife's cousins and they 'help out'. They are in the kitchen from 11am until 2am and he says he gives their money to their mother in Fujian.",
  "EO WW", "fpe lh ncw", "L")
E("Teen (16, Afghan, UASC) placed in supported accommodation: disclosed that a man at the mosque gets him cash-in-hand work in a car wash, keeps half 'for the job', and asks him to carry packages. He has only a small rucksack of belongings.",
  "AV WW", "fpe", "L C", "h")
# ---- build ----
def derive(ind, typ, risk):
    if risk:
        return dict(i="immediate", h="high", m="medium", l="low")[risk]
    if "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh27.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(D, 1):
            ind, sig, typ = ind.split(), sig.split(), typ.split()
            rec = {"id": "f27-%03d" % n, "text": text,
                   "indicators": [IND[x] for x in ind], "signs": [SIG[x] for x in sig],
                   "exploitation": [TYP[x] for x in typ], "risk": derive(ind, typ, risk)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)

if __name__ == "__main__":
    main()
