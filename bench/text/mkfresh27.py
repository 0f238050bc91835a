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
  "WW IS", "ncw", "S")
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
  "WW IS RM", "ncw rm", "S", "h")
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
