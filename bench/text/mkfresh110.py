#!/usr/bin/env python3
"""Hand-written labelled texts (set fresh110: courts and prosecution emphasis).

Each E(...) call holds one hand-written text and its hand-assigned labels.
Short codes below are only abbreviations of the official codes.
Risk is given by hand where it is 'immediate' or child/danger based; otherwise it is
derived from the labels with the stated convention (high: violence, sexual type,
threats+restriction or 3+ indicators; medium: any indicator or type; low: nothing).
"""
import json, os

IND = dict(AV="abuse_of_vulnerability", DC="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(I="immediate", H="high", M="medium", L="low")

DATA = []


def E(text, ind="", sig="", typ="", r=None):
    i = [IND[x] for x in ind.split()]
    s = [SIG[x] for x in sig.split()]
    t = [TYP[x] for x in typ.split()]
    if r:
        risk = RISK[r]
    elif (i and ("physical_sexual_violence" in i or ("intimidation_threats" in i and "restriction_of_movement" in i) or len(i) >= 3)) or "sexual" in t:
        risk = "high"
    elif i or t:
        risk = "medium"
    else:
        risk = "low"
    DATA.append(dict(text=text.strip(), indicators=i, signs=s, exploitation=t, risk=risk))

# ---- batch 1 ----
E("""R v DUMITRU and PETRESCU — CPS case summary. The defendants recruited six men from villages near Craiova with the promise of warehouse work in Northampton at £9 an hour. On arrival the men were housed in a three-bedroom terraced house with eleven others, mattresses on every floor. Their identity cards were collected 'for the agency paperwork' and kept in a holdall in PETRESCU's car. Wages were paid into accounts opened in the men's names, but the bank cards were held by DUMITRU, who handed each man £30 on a Sunday. Complainants describe being told they owed £400 each for the minibus journey and a further £60 a week rent.""",
  "DC RD WW DB AC", "oc dt ncw", "L")
E("""Sentencing remarks, HHJ Carrow: "You kept that young woman in your home for four years. She cooked, she cleaned, she looked after your three children from six in the morning until the house was asleep. She was never given a key. When she asked for her wages you told her the money was being sent to her mother in Lagos. It was not. You took her passport the day she landed at Heathrow and it was found in your bedroom wardrobe." """,
  "RM WW RD EO AV", "rm dt lh", "D")
E("""Jury acquitted both defendants of s.2 MSA trafficking. Prosecution accepted the complainant had travelled willingly and kept her own passport throughout; convictions on the count of controlling prostitution for gain were also not returned.""",
  "", "", "", "L")
E("""CPS charging decision (MG3): charge authorised — s.1 MSA holding a person in slavery or servitude. Victim (V1), 52, with a learning disability, lived in a caravan with no running water on the suspect's yard for 13 years, laid tarmac for customers on a daily basis, received no wages, and was told that if he left "the council would put him in a home". Suspect holds V1's bank card; DWP payments withdrawn weekly.""",
  "AV WW AC IT EO", "plc ncw lh", "L")
E("""Witness statement (MG11) of PC 4471 HUSSAIN: On entering the upper floor of the premises I found a locked door secured with a hasp and padlock on the landing side. Inside were two adult females, one of whom had bruising to her left cheek. Neither spoke English. There were four mattresses, a bucket and a box of condoms. I requested a Romanian interpreter via Language Line.""",
  "RM PV AC", "rm pa plc", "S", "I")
E("Defendant convicted of assault occasioning ABH on his neighbour after dispute over parking. Sentenced to 12 weeks suspended, 100 hrs unpaid work.", "", "", "", "L")
E("""Victim personal statement (read to the court with her consent): I came because he said I would study hairdressing and work in a salon. There was no salon. I had to see men in the flat, sometimes ten in one night. He said I owed him for the flight and for my room and every week the number was bigger. I still cannot sleep with the light off.""",
  "DC DB", "", "S")
E("""Court of Appeal (Criminal Division) — appeal against sentence dismissed. The appellant ran a chain of hand car washes across Greater Manchester. Workers, all Albanian nationals without status, slept in a portakabin behind the Oldham site, worked seven days a week from 7am until dark, and were paid £15 a day from which 'food money' was taken. The judge was entitled to find the appellant exploited their immigration status by telling them they would be arrested if they went to the police.""",
  "AV AC EO WW IT", "saw plc lh foa", "L")
E("""STPO granted at Leicester Crown Court for a period of 7 years following conviction. Prohibitions: not to be involved in the recruitment, transport or employment of any person through a labour agency; not to hold more than one bank card in his own name; not to retain any identity document belonging to another person; to notify police of any address where more than two unrelated adults reside.""",
  "", "", "", "L")
E("""Summary of facts (guilty plea, Bristol Magistrates): Defendant stole four bottles of spirits from a Tesco Express and resisted arrest. Defendant homeless and alcohol dependent. No suggestion anyone directed the offending. Fined, referred to drugs and alcohol service.""",
  "", "", "", "L")
E("""R v NGUYEN (Thi Lan) — the defence raised s.45 MSA. The defendant, 17 at the time, was arrested in a house in Bolton converted into a cannabis grow. She told officers she had been brought in the back of a lorry, had never left the house in three months, and was told that her family in Nghe An would have to repay $20,000 if she ran away. The jury acquitted on the production count.""",
  "AV RM DB IT", "rm", "C", "H")
E("""MG5 case summary: suspect ALI (DOB 03/02/1988) is alleged to have run a county lines operation 'Banjo' from Birmingham into Shrewsbury, using two boys aged 14 and 15 who were reported missing from home for periods of up to nine days. Both were found with wraps of crack cocaine secreted internally. One boy was slashed across the forearm when a drug debt of £600 was 'owed' after he was robbed.""",
  "AV PV DB", "", "C", "H")
E("""Defendant pleaded guilty to employing an illegal worker at his restaurant in Luton. The worker had been paid the minimum wage through payroll, held his own passport and lived at his cousin's address. Civil penalty imposed by Immigration Enforcement; no trafficking or exploitation issues identified.""",
  "", "", "", "L")
E("Sentencing hearing adjourned for PSR. Defendant convicted of fraud by false representation (insurance claims). No vulnerable victims.", "", "", "", "L")
E("""Statement of witness (translated from Tigrinya): In Libya they put us in a warehouse and the men with guns said each one must pay three thousand dollars more. The ones who could not pay were beaten with a hose. In England the man called Yonas met us and said we must work in the car wash until the money for the boat is finished. He keeps the money we earn; he gives me £20 for cigarettes.""",
  "PV DB WW", "", "L", "H")
E("""CPS review note: insufficient evidence to proceed with s.2 MSA allegation against the nail bar owner. The complainant's account that her passport was taken is contradicted by the passport being found in her own handbag on the day of the visit, and payroll records show regular payments into her own account. Proceed instead on the immigration offence only.""",
  "", "", "", "L")
E("""Judge's sentencing remarks, R v KOWALCZYK: "The men you brought from Poland were told there was good work in a factory with a room each. What they got was a shed in Boston with no heating, eight men to a room, and shifts that ran through the night. You took their bank cards. You took their wages. When Mr Zielinski complained you knocked him to the ground in front of the others, and they understood the message." """,
  "DC AC WW PV IT", "oc plc ncw", "L")
E("""Magistrates: driver charged with no insurance. Vehicle a Ford Transit carrying 7 men to a farm near Spalding at 5am. Officers spoke to all passengers who stated they were directly employed by the farm, paid weekly into their own accounts and live at their own addresses. Farm GLAA licensed. NFA on welfare concerns.""",
  "", "", "", "L")
E("""Appeal summary: conviction under s.1 MSA quashed — trial judge misdirected the jury on the meaning of 'servitude'. Retrial ordered. Facts alleged: the complainant, a Filipina domestic worker brought to London by a diplomat's family, worked 18-hour days, slept on the kitchen floor, was not permitted to leave the flat except to take the children to school, and received no pay for 22 months.""",
  "EO AC RM WW", "lh saw rm", "D")
E("""OIC note for CPS: V2 (female, 16) disclosed in ABE interview that MAHMOOD gave her vodka and cannabis and drove her to hotels in Rochdale where she was made to have sex with men he called his 'cousins'. She was told that if she told her mum he would post the pictures online.""",
  "AV PV IT", "et", "S", "H")
E("""Defendant, a landlord in Newham, convicted under the Housing Act for operating an unlicensed HMO. Inspectors found fourteen tenants, several sharing rooms, fire doors missing. Tenants paid rent directly and were in a variety of employments; none reported any control over their work or movements.""",
  "", "oc plc", "", "L")
E("""Sentencing remarks (extract): "She was 14. You knew she was 14. You bought her a phone so that only you could reach her, you told her to stop talking to her friends, and then you passed her to other men in exchange for money and drugs." """,
  "AV IS", "iso", "S", "H")
E("""MG3 — NFA. Allegation that a Slovak family were forced to beg outside Sainsbury's in Sheffield city centre. Enquiries show the adults beg voluntarily, retain all monies, live in their own social tenancy and no third party is involved. Safeguarding referral completed for the children's school attendance only.""",
  "", "", "", "L")
E("""Crown Court, Day 3 — prosecution witness (interpreter relaying): She says that the first day in the house they took her phone and her passport "for safekeeping". She says that she was not allowed to call her family and that the madam watched the door. She says that she did not know what city she was in until the police came.""",
  "RD IS RM", "dt iso rm", "S")
E("""Summary: defendant pleaded guilty to s.2 MSA (arranging travel with a view to exploitation). He arranged flights for three Vietnamese nationals, aged 15, 16 and 19, from Hanoi via Paris, collected them at St Pancras and delivered them to a nail bar in Kettering where they worked without pay on the understanding that their "travel fee" of £15,000 each would be repaid from their labour.""",
  "AV WW DB", "", "L", "H")
E("""Prosecution opening: "This case is about control. Not chains, members of the jury, but something quieter. The complainants' wages went into an account that the defendant had opened for them and for which he alone had the card and PIN. They were told that the house they lived in belonged to the boss and that leaving would mean paying two months' rent on the spot." """,
  "WW DB", "ncw", "L")
E("Jury unable to reach a verdict on the trafficking count. CPS will not seek a retrial. Defendant discharged.", "", "", "", "L")
E("""Victim personal statement (Mr B, 61): For years I thought they were my friends. They picked me up from the hostel and said there was work and a warm bed. I worked on the driveways every day, rain or not. They took my benefits and gave me tobacco. If I said I was tired they hit me with the shovel. I have scars on my back. I have nightmares about the dogs.""",
  "AV DC WW PV EO", "ncw pa lh", "L")
E("""Probation pre-sentence report: Mr ODUYA has no previous convictions. The offence of assault arose from an argument with a colleague at the distribution centre where he is employed via a licensed agency; he describes fair treatment and regular pay from his employer. No concerns regarding exploitation.""",
  "", "", "", "L")
E("""Charging advice — s.1 and s.2 MSA; s.52 Sexual Offences Act 2003 (causing or inciting prostitution for gain). Evidence: adverts on an adult services website showing the same three women in rotating locations (Cardiff, Swansea, Newport); hotel bookings paid from suspect's card; Airbnb hosts reporting a man who dropped off women late at night and collected them early; phone downloads show suspect setting prices and "rules": no going out, hand over all cash.""",
  "RM WW", "cedl rm ncw", "S")
E("""Sentencing: Count 1 (s.1 MSA, forced labour) — 6 years 8 months. The victim, a homeless man with alcohol dependency, was recruited at a soup kitchen in Worcester with the offer of "a roof and a drink", housed in a horsebox, worked on building sites in three counties and handed over all his earnings. The defendant controlled him with alcohol and with beatings.""",
  "AV DC WW AC PV", "plc", "L")
E("""Witness statement, Ms Irina POPA: I am the manager of the Lakeside Hotel. I employ housekeeping staff through Clean4U Ltd. In March I noticed that four of the cleaners were always dropped off together by the same man at 5.30am and collected after 11pm, and he answered every question I put to them. One of the women had a black eye. I reported this to the police.""",
  "PV", "cedl sfw pa", "L")
E("""Case summary — R v HAMILTON. Fraud and money laundering. The defendant used stolen identity documents purchased on the dark web to open 40 bank accounts. The accounts were controlled solely by him. No evidence that any person was coerced into providing their identity.""",
  "", "", "", "L")
E("""Court heard that the boy, aged 15 and from Croydon, had been found in a flat in Margate with 60 wraps of heroin. He had been 'plugging' the drugs. His phone had been taken by the older men and replaced with a 'burner'. When he tried to leave, he was told his little brother would be next.""",
  "AV IS IT", "iso", "C", "H")
E("""Appeal against conviction allowed. The appellant, an Eritrean national who had been convicted of possession of false identity documents at Gatwick, was accepted to be a victim of trafficking with a positive conclusive grounds decision. The court held that the CPS should have considered the public interest in prosecution in light of the fact that the documents had been provided to her by the people who brought her to the UK for forced sex work.""",
  "", "", "S")
E("""Crown Court sentencing — defendants TRAN and LE. Eight Vietnamese workers were found at the Beauty Nails branches in Wakefield and Pontefract. They worked 10am to 9pm, seven days, and slept in the loft above the Wakefield branch. The court accepted that wages were 'held back' by LE until each worker's debt to the smugglers — said to be £18,000 — was cleared.""",
  "EO AC WW DB", "lh saw", "L")
E("""Summary: defendant convicted of harassment of his ex-partner — 40 texts a day, turning up at her work. Restraining order. Complainant lives independently and works as a nurse.""",
  "", "", "", "L")
E("""CPS case file note: Two adult Romanian males state that the suspect met them in Bucharest and told them they would wash cars for £60 a day. They were charged £250 each up front 'for the job', and since arrival have had £50 a week taken for transport in the suspect's van. They are paid in cash weekly, albeit below the minimum wage, and have their own ID cards. Evidential test not met for s.1; referred to HMRC for NMW enforcement.""",
  "DC", "uf ct", "L")
E("""STRO application (Slavery and Trafficking Risk Order), Teesside Magistrates: The respondent has not been convicted of any offence but intelligence indicates he is recruiting young Polish men through a Facebook group with offers of factory work and accommodation, charging "registration fees", and that several recruits have since been found sleeping at the factory site. Order sought prohibiting him from arranging accommodation or employment for any other person.""",
  "", "uf saw", "L")
E("""Extract from sentencing: "Your wife did not come to this country to be your servant. But from the day of the wedding your mother kept her passport in a locked drawer, she was forbidden to telephone her family in Punjab, and she cooked and cleaned for eight adults while being slapped and kicked if the food was late." """,
  "RD IS PV", "dt iso", "D")
E("""Defendant, 19, guilty plea to possession with intent (cannabis). Bedsit in Stoke. Defendant states he sold to friends for his own profit. Not a county lines case, no exploitation indicators, no referral.""",
  "", "", "", "L")
E("""Witness statement (MG11) — Ms Amara KOROMA, Salvation Army: I met the witness at the safe house on 2 June. She was very thin and had no belongings other than the clothes she wore and a plastic bag. She would not make eye contact and asked me several times if I would call immigration.""",
  "", "pa fpe foa", "", "L")
E("""Verdict: not guilty of conspiracy to traffic. The jury heard the defendant's nephew came to live with the family in Leeds while studying at college and helped in the family shop at weekends for pocket money and board. The defence said he was treated as a son; the prosecution case that he was held as a domestic servant was rejected.""",
  "", "", "", "L")
E("""Court of Appeal — sentences increased (unduly lenient). The offenders trafficked at least 12 women from Hungary into brothels across the Midlands. The women were recruited by a man posing as a boyfriend, told they would work in a restaurant, and on arrival were raped and told their debt for travel and 'rent' was £5,000 which increased with fines for lateness.""",
  "DC PV DB", "", "S")
E("""Summary of facts — theft from employer. The defendant, a care worker, took £340 from a resident's purse. Pleaded guilty. The employer is a registered care home with no concerns raised by CQC.""",
  "", "", "", "L")
E("""MG6 confidential — OIC notes: victim in the care home case says she was recruited in Kerala by an agent who charged her 8 lakh rupees (approx £8,000) for a certificate of sponsorship. The employer deducted 'repayment' of £600 a month from her salary, and told her if she resigned she must pay a £5,000 'exit fee' and would be reported to the Home Office and deported.""",
  "DB IT AV", "uf foa", "L")
E("""Sentencing, R v BAJRAMI: The defendant ran a cannabis factory in a semi in Swindon. The Albanian gardener inside had been brought to the UK on a lorry and told to work off £15,000. The windows were boarded, the door was locked from outside, and food was brought every three days. He had no phone.""",
  "DB RM IS AC", "rm iso plc", "C", "H")
E("""Prosecution dropped — complainant withdrew. She said in a retraction statement that her partner 'never made her work' and that the money from the massage business was hers. Police remain concerned but no evidence to proceed.""",
  "", "", "", "L")
E("""Judge's remarks on a plea: "Each of the three children you took from Romania was made to steal — phones from cafés, purses on the Underground. They were beaten if they came back to the flat with less than £200. They slept on a single mattress in the front room." """,
  "AV PV AC", "oc plc", "C", "H")
E("""STPO varied on application of the Chief Constable: the defendant, released on licence, must not contact any of the 9 named workers, must not enter premises used as a car wash, and must surrender his passport to police within 7 days.""",
  "", "", "", "L")
# ---- batch 2 ----
E("""R v OKAFOR & OKAFOR — prosecution case summary (organ trafficking). The defendants arranged for a 21-year-old street trader from Lagos to travel to London on the pretext of a business trip, intending that he would donate a kidney to their relative at a private hospital. He was told he would be given work and a better life. Clinicians became concerned when he could not explain his relationship to the recipient. He had not been told the procedure would be surgery to remove an organ until shortly before the consultation.""",
  "DC AV", "", "O")
E("""Transplant unit note: living donor assessment for Mr K (recipient: his brother). Both seen separately with independent interpreter. Donor fully understands procedure, no payment involved, relationship confirmed by DNA. Proceed to HTA approval.""",
  "", "", "", "L")
E("""Sentencing remarks — Mr Justice Feld: "You sought to buy a kidney. You travelled to a clinic abroad where a young man from a refugee camp, in debt to those who smuggled him, had been told his debt would be wiped if he gave up his kidney. He was left with an infected wound and no aftercare." """,
  "AV DB", "pa", "O", "H")
E("""Police intelligence: 2/C/P — INT suggests male known as 'DOKTOR' is offering £5k to vulnerable Moldovan men in Ilford to travel to Turkey to 'sell a kidney'. One POI believed already travelled and returned unwell. Financial inquiries ongoing.""",
  "AV", "", "O")
E("""MG3 advice — NFA re organ harvesting allegation. The referral was based on a social media post claiming that a missing woman had been taken to have her organs removed. She was located safe and well with relatives in Bradford and denies any such thing. No offence identified.""",
  "", "", "", "L")
E("""Victim debrief (first person, via interpreter): "They said in England there is a man who will pay for a kidney and then my family debt is gone. They kept me in a flat in Birmingham and took my passport. I could not go out. A nurse took my blood twice. I did not understand it was my kidney until the Albanian told me. I ran when the door was left open." """,
  "DC RD RM DB AV", "dt rm", "O", "H")
E("""Court sentencing summary: defendant 'EMEKA' — conspiracy to arrange the travel of a person with a view to the removal of organs. He recruited the complainant through a church network, promised a job as a driver, paid for the visa and then told him he owed £7,000 which could be repaid 'quickly' by being a kidney donor.""",
  "DC DB", "", "O")
E("""CPS charging decision — suspect charged with s.1 MSA (forced labour) and s.2 trafficking. Victims 1–4, Sudanese men, recruited in Calais with the promise of legal jobs, were put to work at a scrap metal yard in Dudley. They slept in a shipping container on site, 12-hour shifts, paid £100 a month "because food and bed are free". Told that police would deport them. V3's arm was broken in a machine accident; he was not taken to hospital for two days.""",
  "DC AC EO WW AV", "saw lh foa pa", "L")
E("""Appeal summary: the appellant's conviction for controlling prostitution stands. The woman had her own flat and kept most of her earnings; the appellant took a share as 'security'. The Crown did not allege trafficking or coercion beyond control for gain.""",
  "", "", "S")
E("Court list note: Case adjourned. Interpreter (Vietnamese) unavailable. Defendant on bail. Charge: shop theft.", "", "", "", "L")
E("""Victim personal statement — Ms T: The worst part was not the work. It was being nobody. The woman in Ealing called me 'girl'. I slept in the utility room next to the washing machine. I ate after the family, what was left. I asked to go to church on Sunday and she said I could go when my work was finished, and my work was never finished.""",
  "AC EO RM", "saw lh rm", "D")
E("""Prosecution summary (Sheriff Court, Glasgow): the accused employed two Indian nationals at his takeaway. Both worked over 80 hours per week, lived in the flat above the shop, and were told their visas would be cancelled if they complained. They received wages in cash but the accused took back £200 each month as 'visa costs'.""",
  "EO IT AV", "lh saw foa", "L")
E("""Court: Defendant found not guilty of s.1 MSA. Evidence showed the complainant, a Polish worker at the defendant's farm, had his own car, bank account and phone, regularly went home to Poland, and had been paid properly for his hours. The complainant's account of being held had arisen during a dispute about overtime rates.""",
  "", "", "", "L")
E("""STPO — final order, Nottingham Crown Court, 10 years. Prohibited from: being in the company of any female under 18 not accompanied by parent; owning or operating any premises offering massage services; advertising sexual services online on behalf of another; possessing more than one mobile phone.""",
  "", "", "", "L")
E("""Summary of facts (guilty plea): The defendant and his partner ran a pop-up brothel in rented flats in Aberdeen. Two Thai women, brought on tourist visas after being told they would work as masseuses in a spa, were required to see clients 24 hours a day, sleeping in the same room where they worked. The defendant took all payments via a card reader; the women were given cash for food only.""",
  "DC EO WW AV", "saw ncw lh", "S")
E("""Charging note: Insufficient evidence. Complainant (male, 34, Slovak) alleged his former employer at a recycling plant shouted at him and paid him late on one occasion. He was paid in full the following week. He had his own accommodation and documents. No indicators of forced labour.""",
  "", "", "", "L")
E("""Witness statement of Ms Joanne PRICE, neighbour: I live next door to number 14. Over the last year I've seen a lot of young Asian girls coming and going from that house, always in a silver Vauxhall, usually very late at night and early mornings. Once I heard a girl crying on the doorstep saying "please, I want to go home" and a man pulled her back in by the arm.""",
  "RM PV", "cedl et rm", "S", "H")
E("""Sentencing — R v GRANT: "You cuckooed the flat of a vulnerable man with mental health problems. You moved your dealers in, you took over his home, you sold crack from his kitchen and you told him that if he called the police he would be 'done'. He slept in his own bathroom." """,
  "AV IT AC", "", "C")
E("""Probation note: service user completed unpaid work at charity warehouse. Attended all sessions. No concerns.""", "", "", "", "L")
E("""MG11 statement (Mr Bogdan ILIE, in Romanian, translated): I was told by Marius I will work on the building sites for £80 a day. When I arrived in Harrow, he told me the first month's money goes to pay for the van and the room. Second month he said I owe for tools and boots and the hat. I never got any money. When I said I will go home he showed me a video on his phone of a man being beaten and said this one also wanted to go home.""",
  "DC DB WW IT", "ppe ct", "L", "H")
E("""CPS summary: defendant charged with ABH and s.1 MSA. Complainant is his 23-year-old stepdaughter who has cerebral palsy. It is alleged she was kept in the house in Rotherham, made to do all household chores, not allowed a phone, and hit with a belt. Her PIP and carer's allowance went into the defendant's account.""",
  "AV RM IS PV", "rm iso ncw", "D", "H")
E("""Sentencing remarks (Inner London Crown Court): The defendant is a sham marriage fixer. He arranged 14 marriages between EU nationals and non-EU men for a fee of £10,000. The brides were paid, and were not coerced; the prosecution did not allege exploitation of them.""",
  "", "", "", "L")
E("""Prosecution opening, R v MARKU and others: "The four young men you will hear from were teenagers when they arrived. They were picked up from a lorry park in Kent, driven to a house in Kidderminster and told to water plants. They were not plants, of course, that any of them had seen before. The lights never went off. The door was padlocked and one of the defendants came once a week with rice, noodles and cigarettes." """,
  "AV RM AC", "rm plc", "C", "I")
E("""Court extract — cross-examination. Q: Did anybody stop you from leaving the car wash? A: No. Q: Did you have your passport? A: Yes, at home in my room. Q: And you were paid? A: Yes, every Friday, into my own Monzo.""",
  "", "", "", "L")
E("""Judge's sentencing remarks: "The victim's debt started at £3,000, the cost of a flight from Bucharest and a bed. By the time police came it was £11,000. Every fine for being late, every meal, every packet of cigarettes was added. You made sure it could never be paid." """,
  "DB", "", "", "M")
E("""STPO hearing note: The defendant previously convicted of trafficking Nigerian women for sexual exploitation, in part by juju oaths made before a priest in Benin City that they would die if they disobeyed. Order sought to prevent him from contacting any woman he has assisted to travel.""",
  "IT", "", "S")
E("""Appeal dismissed (conviction). The applicant argued that the workers at his Boston packhouse were free to leave. The court noted the uncontested evidence that the workers' passports were kept in his safe, that he collected them from their house at 4am and returned them at 10pm, and that he alone held the cards to their wage accounts.""",
  "RD WW", "dt cedl ncw", "L")
E("""Summary (youth court): 16-year-old defendant charged with robbery of a mobile phone. YOT report: lives at home with mother, attends college, no gang or exploitation concerns identified by the exploitation hub.""",
  "", "", "", "L")
E("""Victim personal statement, read by the prosecutor: "My name doesn't matter. I was 15 when Tyler said he loved me. He bought me trainers, food, took me in his car. Then he said I owed him, I owed him for everything, and I had to go to Southend with a bag and not ask questions. I slept in a crack house for a week. When I came back he put a knife to my neck in front of my friend." """,
  "AV DB PV IT", "", "C", "H")
E("""Magistrates' court — licensing appeal. The GLAA revoked the appellant's licence after inspectors found he charged workers £30 for hi-vis vests and safety boots and deducted transport charges of £10 a day. No finding of forced labour was made; workers were paid into their own accounts.""",
  "", "ppe ct", "", "L")
E("""MG3 — charge s.2 MSA. Suspect booked coach tickets for three Lithuanian women from Vilnius to Bradford, told them there was work in a chicken factory, met them at the coach station and took them to a flat where they were advertised online for sex. He confiscated their ID cards and phones.""",
  "DC RD IS", "dt iso", "S")
E("""Trial note: prosecution witness (Mr Alexandru, 45) said, "They were good to me at first. Then the food stopped unless I worked. I was sleeping in the back of the shop on cardboard, and they locked the shutter at night so I couldn't go out." """,
  "AC RM", "saw plc rm", "L", "H")
E("""Crown Court: the defendant, a gangmaster, fined £40,000 for operating without a licence. Workers supplied to a salad packing plant were paid correctly, had holiday pay and free transport. Offence technical only.""",
  "", "", "", "L")
E("""Case summary for the sentencing hearing (R v CHEN): 'Mama Li' controlled a network of brothels in flats across Manchester and Liverpool. The women, mainly from Fujian province, had debts of between £20,000 and £40,000 to the snakeheads who arranged their journeys. The defendant moved them every few weeks, so they did not know which city they were in, and kept their passports in a shoebox at her home address.""",
  "DB IS RD", "iso dt", "S")
E("""Victim's impact statement (Mr S, delivered through an intermediary due to learning disability): "They said I was their mate. I did the gardens and the roofs every day. They had my money card. I lived in a shed. When I said I want to see my sister they said she doesn't want me." """,
  "AV WW AC IS EO", "ncw plc iso lh", "L")
E("""Sentencing hearing — credit for plea. Defendant admitted using his partner's bank account for fraudulent transfers. Partner not implicated, not coerced. Sentence 18 months suspended.""",
  "", "", "", "L")
E("""Note of CPS conference: Dilemma whether to prosecute V5 (Vietnamese male, claims 17) for production of cannabis. He was locked inside the grow in Hull with an electric heater and a mattress; says he was beaten with a pole by the 'boss' when plants died. Age assessment pending. Recommend discontinuance in public interest pending NRM.""",
  "AV RM PV AC", "rm saw", "C", "H")
E("""Sentencing remarks: "The three men you recruited believed they were coming for a year of well paid work in a meat processing plant. You took their passports at the airport and never gave them back. You housed them with seven others in two rooms. You deducted so much for 'rent', 'transport' and 'admin' that for months they received nothing at all." """,
  "DC RD AC WW", "dt oc ct", "L")
# ---- batch 3 ----
E("""INT LOG 2/B/P: POI LUCA, Marian (DOB 11/04/1990) believed collecting 8–10 Romanian males from HMO Ladypool Rd each morning 0500hrs in white Transit, drops at building sites Solihull area, returns 2200+. INT suggests workers' wages go into accts LUCA controls. Subject seen at Barclays ATM with fistful of cards.""",
  "WW", "cedl et ncw mbc", "L")
E("""Public report (online): theres a nail place on high st next to greggs, the girls in there look about 15 and they never go out not even for lunch, the man takes them in a car at night. they look scared when u talk to them.""",
  "AV RM", "rm et", "L", "H")
E("""CPS case summary (R v HOXHA): D1 recruited the complainant, a 19-year-old woman from Elbasan, through Instagram. He posed as a boyfriend and promised marriage in England. After arrival she was taken to a flat in Slough, her phone destroyed, and advertised as an escort. D1 hit her with a phone charger cable when she refused a client. She says she owed him '€10,000 for the journey'.""",
  "DC IS PV DB", "iso", "S")
E("""Sentencing summary: the defendant, 42, pleaded guilty to wilful neglect of a resident at the care home he managed. The resident suffered bed sores. Staff were properly employed, paid and trained; no issues of labour exploitation.""",
  "", "", "", "L")
E("""MG11 — Ms Nguyen Thi HOA (through interpreter): I worked in the nail shop from 9 in the morning to 8 at night every day. The owner said I could not have a day off until I finished paying what I owed to the people who brought me. I don't know how much I owe now. They take my wages to pay it. I sleep in the back with two other girls.""",
  "EO DB WW", "lh saw", "L")
E("""Judge's remarks: "You were a trusted figure in the community. You offered these women sanctuary. What they found was a house where they were not allowed out alone, where every penny they were paid as cleaners was handed to you, and where you reminded them regularly that they had no papers and that you would call the Home Office." """,
  "AV RM WW IT", "rm ncw foa", "L")
E("""Court record: Not guilty verdicts on all counts (s.1 MSA and s.2). The jury heard that the workers at the defendant's hand car wash were paid £70 a day in cash, lived in their own rented rooms and came and went as they pleased. Two complainants had given inconsistent accounts.""",
  "", "", "", "L")
E("""CPS charging decision — s.45 defence likely. The suspect, 24, Albanian, found tending a cannabis grow in Wolverhampton. States he came to the UK to work in a restaurant, was told on arrival he owed £20,000 to the people who arranged the lorry, and that his sister in Tirana 'would be visited' if he did not work. He was not locked in but had no money, no phone and did not know the address.""",
  "DC DB IT IS AV", "iso", "C")
E("""Appeal (sentence) — the appellant ran a begging ring using three disabled Romanian men brought to Newcastle. They were placed on pitches from 7am to 9pm, collected by van, and had all their takings removed each evening. They were housed in an unheated flat with no beds.""",
  "AV EO WW AC", "lh et cedl ncw plc", "C")
E("""Magistrates — assault. Defendant and complainant are flatmates, both Polish, both work at the same food factory. Argument over rent. No third party control. Bound over.""",
  "", "", "", "L")
E("""Witness statement — DC Emma WALSH: On searching the address I found in the main bedroom a locked metal cash box containing eleven passports (Vietnamese), thirteen debit cards in various names and a notebook with columns headed by first names and figures decreasing and then increasing again, which I believe to be a debt ledger.""",
  "RD DB", "dt mbc", "", "M")
# ---- batch 4 ----
E("""SENTENCING REMARKS — R v RAFIQ, RAFIQ and BEGUM (Bradford Crown Court)

The three of you are to be sentenced for offences under section 1 of the Modern Slavery Act 2015 arising from your treatment of a young woman I shall call A.

A was 19 when she came from Mirpur to marry your son. There was nothing unlawful about the marriage itself. What followed was. Within a week her passport and spousal visa letter were in Mrs Begum's handbag, and they stayed there. She was not given a phone. She was not taken to register with a GP. She rose before five to make breakfast for nine people and was the last to bed, often after midnight, having washed, ironed and cleaned the house and your two rental properties.

She was hit, on her own account, perhaps twenty times over two years, once with a rolling pin which fractured a finger. When she said she would tell her brother, Mr Rafiq senior said he would have her sent back 'in a box'. The neighbours saw her only in the garden, hanging out washing.

I have read her victim personal statement. She says she did not know the name of the town she lived in until the police officer told her.""",
  "RD IS EO PV IT RM AV", "dt iso lh pa rm", "D")
E("""CPS Case Summary — Operation TAMARIND

Background: Between January 2022 and May 2023 the suspects (KOVAC, HORVATH, and a third man known as 'Stefi') operated a labour supply chain moving Slovak Roma men and women from Košice and Michalovce to food factories in the East Midlands.

Recruitment: Victims were approached in their home villages and offered jobs at £10.50 an hour with accommodation 'included'. Several paid €150 'to the agent' before travel.

In the UK: Victims were housed in four properties in Derby and Burton. The largest held 17 people, with bunk beds in the living room. Bank accounts were opened for each victim with KOVAC's mobile number as contact, and the cards and PINs were collected 'to avoid losing them'. Victims received between £20 and £50 a week in cash. Deductions were explained as rent, transport, and a 'loan' for the original journey that was never reduced. Victims were driven to and from work by HORVATH and were not permitted to walk into town alone.

Evidence: bank records showing 31 accounts accessed from two ATMs; house searches recovering 19 Slovak ID cards; victim ABE interviews (12).""",
  "DC WW DB RM RD AC", "uf oc ncw mbc et dt rm", "L")
E("""Court of Appeal summary — R v ADEYEMI (appellant). Conviction for s.4 Asylum and Immigration Act trafficking (historic) upheld.

The appellant's argument was that the complainant, his niece, came to England to attend school and was treated as part of the family. The jury plainly rejected that account. The evidence was that she was aged 12 on arrival, never enrolled in any school, looked after the appellant's four children, did all the cooking and cleaning and slept on a mat in the kitchen. She was beaten with a belt for 'mistakes'. She was told that if she spoke to anyone outside she would be sent back to Nigeria and her mother would suffer. A teacher at the children's school eventually noticed a girl of secondary age collecting them, always silent, in thin clothing in winter.""",
  "AV DC AC PV IT EO", "saw pa lh", "D", "H")
E("""Sentencing remarks (extract), R v PATEL: This is a case under the Health and Safety at Work Act. A worker at your bakery, Mr Singh, lost two fingers in a dough mixer whose guard you had removed to speed up production. I accept that Mr Singh was properly employed, paid and trained in the main, that he had worked for you for eleven years, and that your remorse is genuine. This is not a case of exploitation but of a serious and avoidable failure of safety.""",
  "", "", "", "L")
E("""Summary of trial (acquittal) — R v BRENNAN family. The prosecution alleged that the defendants, members of a Traveller family in Bedfordshire, held two men in forced labour on their paving business. The jury heard the men's own evidence that they were friends of the family, were paid £50–£80 a day in cash, had phones and would go to the pub in the village. One man had left and returned twice of his own accord. The defence called evidence that the caravan they lived in was the same standard as the family's own. All defendants were acquitted on all counts.""",
  "", "", "", "L")
E("""Victim personal statement (via interpreter, Mandarin):

I want the judge to know I trusted her. She was from my hometown. She said in London I would work in a restaurant kitchen and send £1,000 home each month. I paid 150,000 yuan to come, borrowed from everyone in my family.

There was a restaurant. I worked in it from 10 in the morning until 1 at night. I slept upstairs with six other people, on boards. She said my wages went to the debt. I asked to see the numbers once. She slapped me in front of the cooks. I was never allowed to keep my own passport.

I am now in a safe house. My mother still owes the money to the village and I still cannot pay it.""",
  "DC DB EO AC WW PV RD", "uf lh saw oc dt", "L")
E("""CPS charging advice — refusal. The allegation is that Mr OWUSU forced his cousin to work at his mobile phone repair shop. The evidence shows the cousin was on the payroll, received payslips and bank transfers, had his own flat, and the 'restriction' complained of was being asked not to leave the till unattended. This is an employment dispute and does not meet the evidential test.""",
  "", "", "", "L")
E("""MG5 summary — R v SULEJMANI. On 14/03 officers executed a warrant at a semi-detached house in Peterborough. In the loft they found 280 cannabis plants and a 16-year-old Albanian boy who had been sleeping on a camping mat between the lamps. The loft hatch could only be opened from below and had been screwed shut. The boy had a burn on his forearm from a lamp and said he had not eaten for two days. The defendant was arrested on the driveway holding the keys.""",
  "AV RM AC", "rm saw pa plc", "C", "I")
# ---- batch 5 ----
E("Charge: s.1 MSA. Victim kept in garden shed, worked unpaid on farm for 9 yrs.", "AC WW", "plc", "L")
E("Acquitted. No evidence the workers were anything other than ordinary paid staff.", "", "", "", "L")
E("D remanded in custody — s.2 MSA. Girl, 15, found in his car outside a Travelodge at 3am.", "AV", "", "S", "I")
E("Sentenced 4 yrs for burglary. Co-defendant aged 20, no grooming or coercion alleged.", "", "", "", "L")
E("STPO breached: defendant found running a car wash again, three workers living in the back office.", "", "saw", "L")
E("CPS: no further action, complainant's passport found in her own drawer, she confirms no one took it.", "", "", "", "L")
E("Guilty plea, s.1 MSA: cleaner's wages paid to her 'husband' for six years, she never saw a penny.", "WW", "ncw", "L")
E("Judge: 'you kept his ID in your wallet so he could never leave'.", "RD RM", "dt rm", "", "M")
E("Victim (Eritrean, 17) told to sell drugs in Cardiff to pay for the boat crossing.", "AV DB", "", "C", "H")
E("Witness: 'the lads never had a day off, not Christmas, not anything'.", "EO", "lh", "", "M")
E("Sentenced for handling stolen goods. Defence mitigation: money worries. Nothing to suggest exploitation.", "", "", "", "L")
E("Appeal refused — applicant ran brothel in Hull; women raped by applicant if they didn't hit £500 a night.", "PV", "", "S")
E("""101 call summary: caller is a delivery driver. Says at a farm near Wisbech he saw about 20 people living in two static caravans, washing in a water trough, one lad limping badly, a bloke with a clipboard who "did all the talking" for them. Caller not sure if they are being paid.""",
  "AC", "oc plc pa sfw", "L")
E("""999 call (transcribed): "There's a woman banging on the upstairs window at the flat over the chip shop on Bridge Street, she's shouting help, she's not English, I think the door's locked, she's got blood on her face." Units dispatched grade 1.""",
  "RM PV", "rm pa", "", "I")
E("""Salvation Army caseworker note: Client R (Polish, 58) entered service 12/05. Says he was 'picked up' outside a Polish shop in Southampton by a man who offered a room and work in a recycling plant. Worked 6 days, 12 hours, sorting rubbish with bare hands. Was given £10 a day; the rest 'for the room'. Room shared with 9 men, mice. Has no documents now, says the man 'holds them for the tax'. Client very anxious, wants to go home.""",
  "EO WW AC RD", "lh oc plc dt", "L")
E("""School safeguarding referral (DSL): Year 9 pupil (F, 13) seen getting into cars with older men after school on three occasions. She has a new iPhone and expensive nails, has been missing overnight twice, and told a friend she 'has to do stuff for Jay' because she owes him for the phone. Mum unaware.""",
  "AV DB", "", "S", "H")
E("""A&E triage note: male, approx 30, Romanian, brought by 'employer' with hand laceration from angle grinder. Employer answered all questions and refused to leave cubicle. Pt appears underweight, clothes dirty, no ID. When employer left to move car pt said "please, they keep me" and then stopped talking.""",
  "RM", "sfw pa rm", "L", "H")
E("""GLAA inspection report — Summary: Licence holder supplies pickers to three farms in Herefordshire. All workers interviewed had contracts, payslips showing NMW and holiday pay, and their own bank accounts. Accommodation in caravans was clean, heated, not overcrowded. One minor breach: failure to provide written key information on transport costs. No indicators of forced labour.""",
  "", "", "", "L")
E("""Bank financial-crime alert: 14 separate current accounts, all opened within 3 weeks at the Leyton branch, same mobile number and a shared address (flat 2, 81 High Rd). Salaries from 'Prime Staffing Ltd' land weekly and are withdrawn within hours, same ATM, often consecutive cards within two minutes. Possible labour exploitation / account control.""",
  "", "mbc ncw", "L")
E("""Border Force note, Stansted T1: Two Nigerian females aged 18 and 20 travelling with male (no relation). Male holding all three passports and boarding passes. Females could not state address they were going to or the job they were coming for ('a nanny', 'hair salon'). Female 1 avoided eye contact, looked to male before answering. Referred to safeguarding team.""",
  "", "dt sfw", "", "L")
E("""Police log: VRM AK19 XZP seen at Lidl car park 0515 loading 6 males into rear of van, no seats. Same van returns 2230. 3/C/P.""",
  "", "cedl et", "", "L")
# ---- batch 6 ----
E("""Witness statement (MG11) of Mrs Helen DRAKE, bank cashier: On several Mondays a man came into the branch with four or five young women who did not speak. He filled in the withdrawal slips for them and took the cash. Each time the women's accounts had received wages from a hotel cleaning company the Friday before. When I asked one of the women directly if she wanted to withdraw, the man answered for her.""",
  "WW", "sfw ncw", "L")
E("""Summary for sentence — R v DOBRE. Ion DOBRE brought his nephew, then aged 16, from Romania to beg at the entrance of Marble Arch station and later to shoplift from Oxford Street stores. The boy was told that the family's house in Romania would be taken if he did not 'pay his way'. He was given no schooling, slept on the floor of a room shared with five adults, and was beaten with a cable if his takings fell short.""",
  "AV IT AC PV", "oc", "C", "H")
E("""Victim personal statement (Ms L, Filipina, via solicitor): I was employed by a family from the Gulf who brought me to London for the summer. They said I would have a day off each week and $500 a month. I did not have a day off for 14 months. I was paid nothing in the UK; my employer said the salary was being kept by the agency in Dubai. I ate what the children left. My passport stayed in the sir's briefcase. I escaped when the children's tutor gave me her phone.""",
  "DC EO WW RD", "lh dt", "D")
E("""Court listing memo: Defendant's trial for false imprisonment of his girlfriend — allegation concerns a single evening argument in which he locked the front door. Not a modern slavery matter.""",
  "", "", "", "L")
E("""CPS Case Summary (s.2 and s.1 MSA) — R v ROSTAMI. Iranian and Kurdish men were recruited in Dunkirk camps with promises of paid work at a barber's, and on arrival in Middlesbrough were put to work in three barbershops owned by the defendant for up to 14 hours daily. They slept in the basement of one shop. The defendant told them that the Home Office paid him to report 'illegals'. Two men were punched for speaking to customers about their pay.""",
  "DC EO AC IT PV AV", "lh saw foa", "L")
E("""Prosecution note on disclosure: the complainant's diary includes entries such as "no phone again today", "M. says I can call mama Sunday if clients are good", "still not told what town". These entries support the isolation alleged in count 2.""",
  "IS", "iso", "", "M")
E("""Judge's summing up (extract): "Members of the jury, the defence say Ms VU was free to walk out of the salon at any time. You have heard that she had a key to the salon, that she went to the Chinese supermarket on her own, and that she phoned her boyfriend every evening. It is for you to decide whether those facts are consistent with her being held." """,
  "", "", "", "L")
E("""Sentencing (Cardiff Crown Court): You recruited men from a night shelter in Cardiff, offering them work at a wood yard and somewhere to sleep. You knew they were addicts and you paid them in heroin and cider. They slept in a lorry trailer. Two of them were assaulted when they asked for money.""",
  "AV DC AC WW PV", "plc", "L")
E("""MG3 (charge authorised s.1 MSA): victim, a Sri Lankan fisherman, worked on the suspect's trawler out of Newlyn for 20 hours a day during trips of 10 days, was not allowed ashore when the boat was in port, slept in a cramped hold, and received £200 for nine months' work. His passport was retained by the skipper.""",
  "EO RM AC WW RD", "lh rm saw dt", "L")
E("""Sentencing remarks, R v WALSH: "You groomed her online when she was 13, pretending to be a 16-year-old boy. You persuaded her to send images and then you threatened to send them to her school unless she sent more and met your friends." """,
  "AV DC IT", "", "S", "H")
E("""Trial summary: The defendant was acquitted of conspiracy to commit modern slavery offences but convicted of money laundering. The Crown accepted that the dozens of bank cards recovered from his home belonged to fraud victims rather than workers.""",
  "", "mbc", "", "L")
E("""Appeal hearing note: Court considered fresh evidence of the appellant's trafficking — positive CG decision. She had been convicted in 2019 of running a cannabis farm. The NRM decision accepted that she was brought from Vietnam aged 16, was told she must work until her family's debt of $30,000 was paid, and was forbidden from leaving the property. Conviction quashed.""",
  "AV DB RM", "rm", "C", "H")
E("""CPS: decision to prosecute suspect for s.1 MSA in relation to an au pair. The au pair, aged 19 from Spain, was recruited through an online platform with promises of 25 hours of childcare per week and English lessons. In reality she worked from 6am to 11pm, was given £40 per week, was told she could not go out at weekends, and the suspect's husband took her phone 'to stop distractions'.""",
  "DC EO WW RM IS", "lh rm iso", "D")
E("""Court report (local press): A Spalding man has been jailed for eight years after keeping Latvian workers in 'appalling conditions' and taking their wages. Judge said the men lived in a house with no working toilet, were charged £50 a week each to be driven to the fields in a minibus, and were told they could not leave until they had 'paid back the flights'.""",
  "AC WW DB", "plc ct", "L")
E("""Crown Court: not guilty of s.1 MSA; guilty of employing persons without right to work. The restaurant workers had been paid below minimum wage but in full each month in cash; they had phones and rented their own rooms. Sentencing adjourned.""",
  "", "", "", "L")
E("""OIC briefing for counsel: Key evidence in Op HALCYON — phone downloads show D2 sending V1 messages such as "you go out, you know what happens to your sister", "no talking to other girls", "put all cash in the box". V1 located at a pop-up flat in Leeds, 20 adverts placed in 6 weeks.""",
  "IT IS WW", "iso ncw", "S")
E("""Case management hearing — defendant (organ trafficking allegation) seeks disclosure of medical records of the complainant. Complainant, a Pakistani labourer, states he was promised a job in England by the defendant and on arrival was taken to a private clinic for 'medical tests' in preparation for the removal of his kidney for a paying recipient.""",
  "DC", "", "O")
E("""Sentencing remarks — R v HUANG: Mr Huang, you ran a takeaway in Dundee. Your worker, a young man from Fujian with no immigration status, was paid nothing for two years on your promise that you would 'pay him all at once' when he had his papers. That day never came. He slept on a camp bed in the store room.""",
  "AV WW", "saw", "L")
# ---- batch 7 ----
E("""public report: the car wash on Station rd the boys there sleep in the container at the back i seen them brushing teeth with the hose at 6am. boss drives a black range rover and shouts at them alot. they work till its dark every day even sundays. someone should check it""",
  "EO AC", "saw lh plc", "L")
E("""ANONYMOUS ONLINE REPORT: HOUSE NEXT DOOR HAS 15+ MEN LIVING IN IT!!! MINIBUS COMES AT 4AM EVERY DAY AND BRINGS THEM BACK AT NIGHT. BINS OVERFLOWING, MATTRESSES IN THE GARDEN. THEY NEVER SPEAK TO ANYONE. COUNCIL DO NOTHING""",
  "", "oc cedl plc", "", "L")
E("""report from member of public - i think my neighbour is keeping a girl as a maid she is only young maybe 16 she takes kids to school and does all the shopping but never allowed out otherwise. the lady shouts at her and i heard slapping. she told me once in bad english "no money, no go home".""",
  "AV RM PV WW", "rm", "D", "H")
E("""Crimestoppers (anon): nail bar in the precinct Bury, the girls are vietnamese, one of them told a customer she owes big money to the boss for coming here and can't leave till its paid. Man collects them in a people carrier at 9pm.""",
  "DB", "et", "L")
E("""NGO caseworker note (Unseen): Spoke to Ms D (Albanian, 22) by phone with interpreter. She says her boyfriend 'Gimi' brought her to UK and then said she had to work in flats to pay back €8,000. She has been moved between Luton, Reading and Oxford. Gimi has her ID card. She says she is allowed to text her mother but he reads the messages. She is currently at a hotel and wants help today.""",
  "DC DB RD IS", "dt iso", "S", "I")
E("""Midwife booking note: Pt 19, Romanian, 22/40, attended with 'cousin' who interpreted and would not leave. Pt has not registered with GP, says no address. Later alone in toilet pt wrote on paper "he sells me" and address in Luton. Safeguarding team informed, police contacted urgently.""",
  "", "sfw", "S", "I")
E("""GP note: Mr Z, 45, Slovak, attends with back pain. Works at a chicken factory 6 days, 12-hr shifts, says agency gives him the shifts he asks for and he is saving to go home. Own bank account, own flat. Advice given re lifting. No safeguarding concerns.""",
  "", "", "", "L")
E("""INT 2/B/C (C: not to be disclosed to licensing without DI approval): POI 'ARBEN' supplying Albanian males to a construction firm in Stratford. Workers told to say they are self-employed. INT indicates ARBEN takes £40/day from each man's pay and holds their ID cards 'in the office'. Men housed in 3-bed flat, approx 12 occupants.""",
  "WW RD AC", "dt oc", "L")
E("""Police log 14/09 2210 — Officer attended takeaway Kirkgate re noise. Noted young male (approx 16) asleep on flattened boxes in the kitchen. Owner states 'nephew, visiting'. Male would not speak. No ID. Referred to MASH.""",
  "AV", "saw", "", "H")
E("""Safeguarding adults referral (council): Mr H, 67, known learning disability, lives alone. Neighbours report two young men have moved in, have dogs, constant visitors day and night, Mr H seen sleeping in his car. His bank card has been 'borrowed'. Suspected cuckooing.""",
  "AV", "ncw", "C")
E("""Council licensing visit (HMO): 4 occupants, all on tenancy agreements, rent paid by standing order from their own accounts, all work at different places. Minor fire safety defect noted. No welfare concerns.""",
  "", "", "", "L")
E("""Handover: IP VUONG (F, 24) in custody suite following nail bar visit. States 'boss keeps our papers safe' in the safe in the back. Says she sends money home herself and can leave but boss says she must stay till her debt to him (£6k) is cleared. Interpreter booked 0900.""",
  "RD DB", "dt", "L")
E("""Prison note (OMU): prisoner reports that before his arrest he was made to drive drugs between Liverpool and Aberystwyth by a man who had 'lent' him money for his mother's funeral. The debt was £2,000 and went up by £200 every week. He was told his girlfriend would be hurt if he stopped. Referred to prison NRM SPOC.""",
  "DB IT", "", "C", "H")
E("""Press summary: A couple from Hertfordshire who kept a Nigerian woman as an unpaid servant for over a decade have been jailed. The court heard she was made to sleep on the floor of a cupboard, was not allowed to eat with the family, and was told she would be arrested if she left the house because she had no visa.""",
  "AC IT AV WW", "saw foa", "D")
E("""Victim debrief (first person): "I am from Sudan. In Calais a man said I could work in England in a kitchen, he will pay me £300 a week. When I came he took me to a farm. The pay went to him for the 'transport'. I worked from the dark until the dark. I lived in a shed with a dog. I was afraid to go to the police because he said they will put me in prison in Sudan." """,
  "DC WW EO AC IT", "lh plc foa", "L")
E("""Victim account via interpreter: She says that the man who brought her from Eritrea told her to call him brother. She says that he made her have sex with him and with his friends and said if she refused he would send her back to Libya. She says that she was kept in a room in a flat in Birmingham and the door was always locked.""",
  "PV IT RM", "rm", "S", "H")
E("""Sentencing remarks: "Mr Hughes, you ran a county line from Manchester to Barrow. You recruited four children from a pupil referral unit. You told them you'd look after them. You gave them phones, you gave them trainers, and then you told them they had to earn it back. When one of them lost a package you had him stripped and beaten in a stairwell." """,
  "AV DC DB PV", "", "C", "H")
E("""Sentencing note, Swansea Crown Court: the defendant's conviction for fraud relates to his forging of sick notes for colleagues. Entirely unrelated to labour exploitation or trafficking.""",
  "", "", "", "L")
E("""MG11 — PC DAVIES: I stopped the Vauxhall Vivaro on the A483. The driver, Mr MUNTEANU, had in the glovebox an envelope containing nine Romanian identity cards and eight bank cards. None were in his name. The six men in the rear said they worked on a farm and that 'Daniel' keeps the cards 'so we don't lose them'.""",
  "RD", "dt mbc et ncw", "L")
E("""Appeal summary — R v KAUR: The appellant was convicted of forcing her daughter-in-law into domestic servitude. The Court considered the trial judge's direction on 'forced labour' adequate. The victim, brought from India on a spousal visa, had been confined to the house, prevented from learning English or contacting her family, and made to work from dawn to late night caring for the household.""",
  "RM IS EO AV", "rm iso lh", "D")
# ---- batch 8 ----
E("""Employment tribunal summary: Claimant, a Lithuanian warehouse operative, claims unpaid overtime of £460 and late payment of wages in March. Respondent accepts one late payment due to a payroll system error. Claimant remains employed, lives independently. Settled.""",
  "", "", "", "L")
E("""CPS note: complainant alleges her employer at the nail salon paid her £6 an hour, below NMW. She has her own flat, passport and bank account, and left the job when she chose. Refer to HMRC; not a modern slavery case.""",
  "", "", "", "L")
E("""Witness statement of Mr Gheorghe (translated): I work at the car wash in Dartford for two years. The owner pays me £75 every day cash at the end of day. I live with my wife in our own flat. Nobody takes my documents. I give this statement because police asked about the other car wash up the road, not this one.""",
  "", "", "", "L")
E("""Sentencing remarks — R v ATKINS (dangerous driving causing death). The deceased was a passenger in your car. [No exploitation issues arise.]""",
  "", "", "", "L")
E("""Summary: defendant convicted of domestic abuse (controlling or coercive behaviour, s.76 SCA 2015) against his wife. He monitored her phone and restricted her contact with friends. The Crown did not allege that she was made to work or was sexually exploited for gain.""",
  "", "", "", "L")
E("""Safeguarding triage note: Referral from housing re Mr Y. Checked — he is living with his brother's family in a 3-bed house, 7 people, works at a garage under a proper contract. Overcrowding is a housing matter only; no exploitation, he says he can leave whenever he likes and manages his own money.""",
  "", "", "", "L")
E("""CPS review: The complainant said her employer 'would have' taken her passport if she had not kept it in her bag at all times. In interview she accepted the employer never asked for it or tried to take it. The retention allegation is not made out.""",
  "", "", "", "L")
E("""Judge's remarks, acquittal direction: There is no evidence that anyone threatened Mr Petrov. He himself said in evidence: "nobody said anything bad to me, nobody hit me, I was just tired of the work". I direct you to return not guilty verdicts on count 1.""",
  "", "", "", "L")
E("""Crown Court: defendant convicted of possession of a false passport at Heathrow. Pre-sentence report: he purchased the passport himself in Istanbul to seek asylum; no trafficking indicators, NRM not indicated.""",
  "", "", "", "L")
E("""Student services note: international student (Chinese, 20) reports losing her passport on a night bus. Police crime reference obtained, embassy appointment booked. She is otherwise well and has no concerns.""",
  "", "", "", "L")
E("""Kidney transplant clinic letter: Mrs A received a deceased-donor kidney on 3 June and is recovering well. Creatinine stable. Continue tacrolimus.""",
  "", "", "", "L")
E("""Police log: call from taxi driver re 'suspicious' group of Romanian workers at 5am. Attended — workers from a GLAA-licensed agency waiting for company coach to a packhouse. All spoken to, content, paid weekly to own accounts. NFA.""",
  "", "", "", "L")
E("""GLAA compliance visit: labour provider charged three new workers a £50 'registration fee' before placing them. Fees refunded at inspector's direction. Workers otherwise paid correctly and free to leave. Warning issued.""",
  "", "uf", "", "L")
E("""Appeal decision: the appellant's conviction for controlling or coercive behaviour is upheld. Although the prosecution mentioned in opening that she was 'treated like a slave', there was no allegation of forced labour or servitude, and the jury was correctly directed only on the s.76 offence.""",
  "", "", "", "L")
E("""Sentencing: theft by employee — the cashier at a Tesco petrol station stole £2,300 over five months. Mitigation that she was under financial pressure. Not coerced by anyone.""",
  "", "", "", "L")
E("""Magistrates' court: driver convicted of working excessive hours in breach of tachograph rules (HGV). He was paid properly and chose extra shifts; the operator was separately fined.""",
  "", "", "", "L")
E("""Housing officer note: Family of six (parents, four children) living in a two-bed flat in Tower Hamlets. Father works as a cab driver. Family on housing register. No safeguarding or exploitation concerns — overcrowding due to housing shortage.""",
  "", "", "", "L")
E("""CPS charging decision: no charge. The allegation was that an uncle made his nephew work in the family corner shop. Enquiries established the nephew, 17, worked 8 hours on Saturdays, was paid £50, attended sixth form, and was happy with the arrangement. Social care satisfied.""",
  "", "", "", "L")
E("""Court: The defendant pleaded guilty to assault on a door supervisor. The defendant is a self-employed plasterer. Sentence: community order.""",
  "", "", "", "L")
E("""Interpreter's note in witness statement: The witness says she is free to leave the hostel, that she has her own passport which she showed me, and that her employer at the hotel pays her every two weeks. She says she came forward only because her friend at another hotel is in trouble.""",
  "", "", "", "L")
# ---- batch 9 ----
E("""PROSECUTION CASE SUMMARY — R v MIHAI GHEORGHE, ELENA GHEORGHE

1. The defendants are husband and wife. They operated a business supplying 'cleaners' to offices in Reading and Basingstoke.

2. Complainant 1 (C1), a 34-year-old Romanian woman with limited literacy, met Mrs Gheorghe at a church in Iasi, where she was told she would earn £1,400 a month cleaning and could send most of it to her three children.

3. On arrival C1 was required to hand over her identity card 'to register with HMRC'. She did not see it again until police recovered it from a kitchen drawer at the defendants' home.

4. C1 worked two cleaning shifts a day, 5am to 9am and 5pm to 11pm, seven days a week, and in between cleaned the defendants' home and cared for their elderly mother. She was paid £100 a month in cash. Her wages from the cleaning contracts were paid into an account in her name to which Mr Gheorghe had the only card.

5. C1 says she was told by Mr Gheorghe that if she went to the police she would be 'sent back with nothing' and that he knew the address of her children's school in Iasi.

6. Complainants 2 and 3 give similar accounts; Complainant 4 (not proceeded with) says she was paid properly and left after a month.""",
  "AV DC RD EO WW IT", "dt lh ncw", "L D")
E("""SENTENCING REMARKS — R v STANCIU and others (Operation Kestrel)

These defendants were part of an organised group that trafficked young women from Romania for sexual exploitation in Scotland and the north of England.

The method was the 'lover boy' technique. Stanciu would start a relationship with a young woman in Romania, often one from a care home or a poor family, and persuade her that they would build a life together in the UK. On arrival, she would be told that she owed for the flight, the flat and the clothes, and that the only way to repay it was to sell sex. Adverts were placed online. The women were moved between flats every few days. Their phones were controlled and all money went to the group.

One complainant, who was 17, was raped by Stanciu when she refused to see a client. Another was threatened that explicit photographs would be sent to her father.

I have considered the victim personal statements. They describe shame, fear, and a deep mistrust of anyone who offers kindness.""",
  "AV DC DB IS WW PV IT", "iso ncw", "S")
E("""CHARGING DECISION (MG3) — NO FURTHER ACTION

Allegation: that the suspect, a farmer in Lincolnshire, held workers in forced labour.

Evidence considered: interviews of 11 workers; payroll records; GLAA inspection of the farm in 2023; accommodation inspection.

Assessment: All 11 workers state they were recruited through a licensed agency, paid by bank transfer into accounts they control, and free to leave. The accommodation (static caravans) was found clean and adequately heated. One worker complained of long days in the harvest season but confirmed he was paid overtime and had rest days. The anonymous report that triggered the investigation appears to have been made by a former employee following a dispute.

Decision: the evidential stage is not met. No further action.""",
  "", "", "", "L")
E("""SUMMARY OF FACTS — Youth Court (R v J, aged 15)

J was arrested at Exeter St Davids station carrying 38 wraps of crack cocaine and heroin and £420 in cash. In interview he said that he had been 'going up and down' from London for a man called 'Smokes', who had found him after he was excluded from school. He said he owed Smokes £1,500 after a previous package was 'taken', and that Smokes had shown him a video on Snapchat of a boy being stabbed and said that would be him. He stayed in the flat of a heroin user for up to a week at a time.

The Crown has received a positive reasonable grounds decision. The Crown has reviewed the case in light of s.45 and the public interest and will offer no evidence.""",
  "AV DB IT", "", "C", "H")
E("""VICTIM PERSONAL STATEMENT — Mr E (Eritrean, 26)

I came to this country to be safe. The man who said he would help me get papers took me to work at a hand car wash in Ipswich. He said I owed him £3,000 for the lawyer. I worked from 8 in the morning until 8 at night. In winter my hands cracked and bled from the cold water and the chemicals. He did not give gloves. I lived in a room with eight other men above a shop.

He paid me £10 a day and said the rest was for the lawyer. There was no lawyer.

I feel stupid. I feel that I cannot trust anyone. I want the court to know that I am now studying English and I want to be an electrician.""",
  "DC DB EO AC WW AV", "lh oc pa", "L")
E("""Court of Appeal (Criminal Division) — R v BEKTESHI

The appellant was sentenced to 9 years for two counts of conspiracy to arrange travel with a view to exploitation. He submits that the judge double-counted the vulnerability of the victims.

The victims were two Albanian boys, aged 15 and 16, smuggled by lorry. They were met in Birmingham and taken to a house in Coventry where they were made to tend cannabis. They were told that their families in Albania had taken loans to pay for their journey and that the loans would be called in, and their families harmed, if they left. They were kept inside; food was brought weekly.

Held: the judge was entitled to treat the victims' youth and the targeting of families with debts as separate aggravating features. Appeal dismissed.""",
  "AV DB IT RM", "rm", "C", "H")
# ---- batch 10 ----
E("Sentence: 3 yrs for s.1 MSA — kept learning-disabled man in a shed, took his benefits.", "AV AC", "ncw plc", "L")
E("OIC: victim says 'he had all our bank cards in a bum bag, we got £20 on Friday'.", "WW", "ncw mbc", "L")
E("Complainant in car wash case: 'I can go home when I want. Nobody stops me. The pay is not good but I get it.'", "", "", "", "L")
E("STPO made for 5 years; D may not employ any person in a nail bar or similar premises.", "", "", "", "L")
E("Witness: 'they were only ever allowed out in twos, and only with Adrian driving'.", "RM", "rm et", "", "M")
E("Jury convicted. Girl, 14, was made to carry drugs to Norwich and assaulted when she lost a bag.", "AV PV", "", "C", "H")
E("Defendant told the farm workers their passports were 'safer in the office safe'. They never got them back.", "RD", "dt", "L")
E("Not guilty — assault on a shop worker. Nothing further.", "", "", "", "L")
E("V1: 'The house was for 4 people and we were 16, the mattresses touching.'", "AC", "oc", "", "M")
E("CPS: trafficking count dropped, woman confirmed she came to the UK for a real job and still works there happily.", "", "", "", "L")
E("Victim told job was at a hotel in London; on arrival driven to a cannabis factory in Kent and locked in.", "DC RM", "rm", "C", "H")
E("Sentencing: D ran a 'pop-up' brothel from short-let flats; women charged £150 a day 'rent' before they could keep anything.", "DB", "", "S")
E("Appeal: STPO condition banning all phones quashed as disproportionate; the remaining prohibitions stand.", "", "", "", "L")
E("Girl 16 reported missing, found at address of known exploiter, phone turned off, refusing to leave.", "AV", "", "", "I")
E("I worked in the kitchen 7 days, 14 hours, never one day rest in one year.", "EO", "lh", "L")
# ---- batch 11 ----
E("""INT 1/A/P: Source states POI KRASNIQI (DOB 07/07/1985) runs 3 x car washes Chelmsford/Basildon. Workers (Albanian, poss. u18) sleep in portakabins on site, no heating. KRASNIQI keeps all ID "in the BMW". Workers get food and £100 a month. Source saw KRASNIQI hit a worker with a jet-wash lance.""",
  "AC RD WW PV AV", "saw plc dt", "L")
E("""INT 3/C/P: unconfirmed — nom LIN, Wei using flat 6 Cavendish Ct for massage services, 2–3 Chinese women seen. No further info re control.""",
  "", "", "", "L")
E("""INT 2/B/P: POI 'BIG T' (poss. TAYLOR, Marcus) using address of vulnerable female (heroin user) on Eastfield estate as base for Leeds line. Runners aged 14–16 from Leeds seen at address. IP's own bank card reportedly used by POI.""",
  "AV", "ncw", "C", "H")
E("""Log entry (officer): On patrol spoke to male selling Big Issue outside M&S. States he is from Romania, lives with wife in Harlow, keeps his own money, nobody supervises him. No concerns.""",
  "", "", "", "L")
E("""INT 2/A/P: Polish national 'Pawel' (surname unk) debriefed at Job Centre — states gangmaster 'Kuba' takes 100% of wages into own account, gives food and beer. Workers (approx 8) live at 'the farm house' near Evesham, told Polish police are looking for them and they will be arrested if they go to English police.""",
  "WW IT AV", "ncw foa", "L")
E("""Handover 0700: overnight rescue of 3 x Vietnamese females from nail bar flat, Stockport. All state they sleep above shop, work 10 til 9, pay goes to 'Auntie' for debt. One aged possibly 15 — age dispute, treated as child. Interpreters required for ABE. Suspect still outstanding.""",
  "AV EO WW DB", "saw lh", "L", "H")
E("""VRM WK68 ABC stopped on M6 J16, driver DINCA, 9 males in a 7-seat vehicle, all state going to 'work' in Crewe, none know address of work or where they live. Driver has 9 passports in bag.""",
  "RD IS", "dt et iso", "L", "M")
E("""Custody note: DP (detained person) NGUYEN Van Minh arrested at cannabis grow. States he was brought here, owes 'a lot', was told police would beat him and send him to prison for 10 years if caught. Appears malnourished, skin rash. Age 16 claimed.""",
  "AV DB IT", "pa foa", "C", "H")
E("""CPS note re case preparation: the defence will argue the complainant's debt of £2,000 was a genuine loan between friends which she was repaying at her own pace from her own wages. Evidence on that point (bank statements showing she controlled her account) supports the defence.""",
  "", "", "", "L")
E("""Trial (Southwark Crown Court) — prosecution witness, a former cleaner: "They put us on night shifts in the office building, and day shifts in the hotel. I didn't sleep more than four hours. We got the money 'later', they said, when the contract paid. It was always later." """,
  "EO WW", "lh", "L")
E("""Court of Appeal: conviction under s.1 MSA for holding a victim in servitude at a residential care home upheld. The victim, a care worker from Zimbabwe, was sponsored by the home; the owner kept her passport and BRP, made her work 70-hour weeks, deducted 'accommodation' that left £150 a month, and threatened to withdraw sponsorship and have her removed if she complained.""",
  "RD EO WW IT AV", "dt lh foa", "L")
E("""Judge's remarks, R v AHMED (rape, s.1 SOA): the offending was against a woman known to you. This is not a trafficking case and no exploitation for gain is alleged.""",
  "", "", "", "L")
E("""Magistrates summary: defendant, 38, sold counterfeit cigarettes from his shop. Trading Standards prosecution. Shop staff employed and paid lawfully.""",
  "", "", "", "L")
E("""Witness statement (Ms Sophie BELL, nanny agency owner): I placed Ms Garcia as an au pair with the defendants in Richmond. After three weeks she rang me crying from a neighbour's phone. She said they had changed the wifi password so she could not contact anyone, that she was not allowed to leave the house at weekends, and that they had 'forgotten' to pay her for the month.""",
  "IS RM WW", "iso rm", "D")
E("""Sentence — R v O'DONNELL (Crown Court at Chester). You and your father picked up men who were homeless and drinking in Chester and took them to your yard. They were made to lay driveways and clear gutters for up to 14 hours a day. They were given cider and cigarettes instead of wages. One man, V3, was made to sleep in a stable with a horse. Those who tried to leave were found, brought back, and beaten.""",
  "AV EO WW AC PV RM", "lh plc rm", "L")
E("""Sentencing summary — benefit fraud. Defendants GRIGORE and SAVA brought eight Romanian nationals to the UK, registered them at addresses they controlled, and made Universal Credit claims in their names, keeping the payments. The victims were also sent to work at a bakery where their wages were paid into accounts held by the defendants. Victims were housed in one flat and escorted everywhere.""",
  "WW RM AC", "ncw et oc rm", "C L")
# ---- batch 12 ----
E("""R v SZABO — Summary for the sentencing judge

Count 1 (s.2 MSA): The defendant placed an advert in a Hungarian-language Facebook group offering 'packing work in England, £450 per week, house provided, bring only your clothes'. Four men and two women responded. He bought their coach tickets.

Count 2 (s.1 MSA): On arrival at Victoria Coach Station he took their ID cards 'to make the National Insurance numbers'. The six were housed in a two-bedroom flat in Kettering and taken by him every day to a warehouse, where they were registered under an agency in names he gave. Their wages came to his account. He told them they owed him £600 each for the coach and the deposit on the flat, which would be paid off 'in a few weeks'; three months later none had been paid.

One of the women (C5) says he came to the flat at night drunk and sexually assaulted her. He said if she told anyone the others would lose their jobs and be thrown on the street.

The defendant has pleaded guilty to both counts. He has one previous conviction in Hungary for fraud.""",
  "DC RD WW DB PV IT", "dt ncw et", "L")
E("""SENTENCING REMARKS, R v LUNGU — excerpt

"I have listened with care to the evidence of Mr Rusu. I am sure he came to this country because you told him, in your mother's village, that there was work paying ten times what he could earn at home. I am sure that the work you gave him — demolition, with no mask, no gloves, in buildings full of dust — was dangerous. I am sure you kept his money in an envelope you said was 'for his family', and that his family never received any of it. And I am sure that when he asked to go home, you told him he owed you for the flight and his food and that, until he paid, he was going nowhere. You locked the flat door at night. He climbed out of a window to escape." """,
  "DC AC WW DB RM", "rm", "L", "H")
E("""WITNESS STATEMENT (MG11) — Detective Sergeant Rachel OWEN

On 9 October I attended a residential address in Ealing, the home of a diplomat's family, with colleagues from Kalayaan and the Metropolitan Police. I spoke to a woman, Ms Siti (Indonesian, 31). She told me in Bahasa (via a telephone interpreter) that she had worked for the family for three years, first in Riyadh and then in London. She said she cared for five children and cleaned the house from 6am until midnight, with no day off. She said her salary of $200 a month was sent by her employer to her family, but her family told her they had received nothing for over a year. She had not been outside without a member of the family since arriving in London. Her passport was held by the family's driver.

She had a small sports bag of belongings. She asked me twice whether she would be arrested.""",
  "EO WW RM RD", "lh rm dt fpe foa", "D")
E("""Public report (text, poorly spelt): hi i want report my freind she is from phillipines work for family in knightsbridge they not let her out and she sleep in the kids room on floor, no day off, they keep her pasport, she message me from the kids ipad, she is scared plz help""",
  "RM AC EO RD", "rm saw lh dt", "D", "H")
E("""MG3 — charge authorised: s.1 MSA, s.4 Fraud Act. Suspect NOWAK recruited three Polish men with alcohol problems from a homeless hostel in Birmingham, took them to a bank to open accounts, and then kept the debit cards, passports and PINs. He obtained loans and phone contracts in their names. The men were housed in a flat with no electricity and given vodka and £5 a day.""",
  "AV RD WW AC", "dt ncw plc mbc", "C")
E("""Appeal summary: The applicant sought leave to appeal conviction for child cruelty, arguing the jury should have been directed on modern slavery. The Court refused: there was no evidence the children were made to work or were exploited by any third party; the case concerned neglect within the family home.""",
  "", "", "", "L")
E("""CPS case summary — Op DELTA: the suspects ran a network of 'massage parlours' in Bristol and Bath. The women, recruited from Brazil and Venezuela, were told they would be receptionists and beauty therapists. Upon arrival they were told they had to see clients to pay a debt of £12,000. They lived on site, were not allowed to leave without an escort, and worked shifts of up to 16 hours. Their passports were kept 'for the landlord'.""",
  "DC DB RM EO RD", "saw et lh dt rm", "S")
E("""Victim personal statement (Ms K, 24, Hungarian): He took me to a flat and said I must have sex with men, and when I said no he held my neck until I could not breathe. He said he knew where my grandmother lived in Miskolc and would burn her house. I was afraid every hour. I am still afraid.""",
  "PV IT", "", "S")
E("""Defence statement (extract): The defendant denies that the workers' documents were retained. He states they were kept in a locked cabinet at their request, that each worker had a key, and that workers took them out regularly for banking. He denies any debt was owed.""",
  "", "", "", "L")
E("""Summary (plea hearing): The defendant, a 22-year-old from Sunderland, pleaded guilty to supplying Class A drugs. He was not a runner for another person; he bought and sold on his own account. No s.45 issue arises.""",
  "", "", "", "L")
E("""Court of Appeal: sentence of 12 years for conspiracy to traffic (s.2) upheld. The appellant brought young Nigerian women to Germany and the UK for prostitution after they swore juju oaths. He told one woman that her family would die if she spoke to police and that she owed 35,000 euros.""",
  "IT DB", "", "S")
E("""Sentencing remarks, R v MALIK (Sheffield): "The young man you employed at your restaurant had no permission to work. You knew that, and you used it. You paid him £2 an hour for seventy-hour weeks and told him that, if he complained, you would report him to immigration. That was exploitation even though he went home at night to his own room." """,
  "AV EO IT", "lh foa", "L")
E("""Court: R v DIMA — jury found the defendant not guilty of trafficking but guilty of assault. The complainant had worked for the defendant's roofing firm and was assaulted in a dispute over £200. The jury was not sure he had been held, deceived or forced to work.""",
  "", "", "", "L")
E("""STPO application — the Chief Constable seeks an order against a man convicted of running a begging network that used children brought from Bulgaria, so as to prevent him from bringing any person under 18 into the UK other than his own children and from being in charge of any child in a public place for the purposes of begging.""",
  "", "", "", "L")
E("""Witness statement — Mr Mohammed ISLAM (restaurant customer): I regularly eat at the Spice Garden. I noticed the same young waiter there every day, morning and night, for months. One evening he asked me quietly if I knew a lawyer, said the boss had his passport and he had not been paid since he arrived, and that he sleeps on the benches after closing.""",
  "EO RD WW", "lh dt saw", "L")
E("""Prosecution closing: "Remember what the complainant said. 'They told me England is a rich country, I will cook in a hotel. They brought me to a house and I cleaned it, every day, with no money, for four years.' She was lied to, members of the jury, and then she was used." """,
  "DC WW", "", "D")
E("""CPS case summary — R v OSEI. Organ trafficking (s.2 MSA, travel with a view to exploitation by removal of organs). The defendant, a businessman, arranged for a young man from Ghana to come to the UK, telling him he would work in a shop. At a London hospital, the young man was presented as a relative willing to donate a kidney. Clinicians became suspicious when the young man asked, through an interpreter, when he would start his job. He had been told he would be paid for 'tests'.""",
  "DC AV", "", "O")
# ---- batch 13 ----
E("""GLAA officer statement (MG11): At the packhouse I interviewed 14 workers supplied by Sunrise Labour. Twelve showed payslips with deductions of £25 a week for 'PPE' (hairnets, gloves and boots) and £35 a week for a minibus to work, even though the minibus was described as free in their contracts. A man called Robert attended each interview uninvited and tried to answer for the workers. Workers were paid into their own accounts and had their own documents.""",
  "", "ppe ct sfw", "L")
E("""Sentencing remarks (Leeds): "You charged each of them £1,200 before they left Bulgaria — for a job, you said, at a meat factory. There was a job. But you also took £40 a week from them for 'hats and boots' and £60 for a lift in your car, and by the time your rent came off they had £30 left for a week of twelve-hour nights." """,
  "WW EO", "uf ppe ct lh", "L")
E("""Victim debrief note (Medaille Trust): Client arrived with only the clothes she wore and a phone charger. No phone. Says she was taken from flat to flat in the boot of a car, never knew where she was, and was only allowed to speak to the 'maid' who took the money.""",
  "IS WW", "fpe iso", "S")
E("""Probation officer's report (OASys) — Ms R, on licence for running a brothel: she disputes the trafficking element of her conviction and says the women 'chose this life'. The conviction records that two women were under 18, that their ID cards were kept by Ms R, and that they were fined for refusing clients.""",
  "AV RD WW", "dt", "S")
E("""Press summary: Jurors at Birmingham Crown Court were told that a 'gangmaster' made Polish men pay £250 each in 'job fees' and then charged them for the van that took them to work at 4am and dropped them back after 10pm. One witness said: "We were tired like dogs. He laughed and said we can go back to Poland if we don't like it, but we had no money for the ticket because he took it." """,
  "WW EO", "uf ct cedl lh", "L")
E("""Summary of facts (s.1 MSA guilty plea): The victim, a 41-year-old Vietnamese man, was found in a flat above a nail bar in Ipswich. He had no belongings except a blanket and a bowl. He told officers that he cooked and cleaned for the nail bar owner's family and for the workers every day for two years, receiving no pay, and was told he was lucky to be fed.""",
  "WW EO", "fpe lh", "D")
E("""CPS summary: Suspect charged with s.2 trafficking for sexual exploitation. Adverts on 'Vivastreet' showing the victim (F, 19, Romanian). Victim describes suspect driving her to each 'outcall' and waiting outside, collecting all the money in the car, and taking her back to the flat afterwards. She had no key to the flat.""",
  "WW RM", "et ncw rm", "S")
E("""Court: defendant (F, 44) sentenced for fraud — she falsely claimed carer's allowance for her mother. No one else involved, no coercion.""",
  "", "", "", "L")
E("""Sentencing, R v TOMA: "Your workers arrived at the Corby warehouse at 5.30 in the morning in your van and left at 10 at night in your van. They did not choose the van. They did not choose their house, which you owned, and which they shared with nineteen others. They did not choose to sign over their bank cards. And they did not choose to stay: you made sure they had nowhere else to go." """,
  "AC WW RM", "cedl et oc ncw rm", "L")
E("""Victim statement, translated from Arabic: They said I would drive deliveries. I drove a moped for food delivery on an account in another man's name, from noon to 3am. He kept all the money from the app and gave me a room with four other men and £50 each week. When I said I want to stop, he said he will tell the Home Office I am working illegally.""",
  "DC WW EO IT AV", "lh oc foa", "L")
E("""MG11 witness (teacher): Aisha, Year 10, told me she was being 'taken to Pakistan to marry her cousin' in the summer. She said her passport was in her father's locked drawer and she had been told she would not return to school. She was very frightened.""",
  "AV RD", "dt", "", "H")
E("""Family court extract (forced marriage protection order): The court is satisfied that the respondents intended to take the applicant, aged 17, to Bangladesh for marriage without her consent, and had confiscated her passport and phone. A FMPO is made.""",
  "AV RD IS", "dt iso", "", "H")
E("""Sentencing — forced marriage offence (s.121 ASBCPA 2014): The defendant took his daughter to Pakistan, where she was married against her will and raped by her new husband. She was kept in the family compound and not allowed to contact anyone in the UK. The judge said the daughter had been treated 'as property'.""",
  "PV RM IS", "rm iso", "S")
E("""Acquittal — R v NAZIR. The jury was not sure that the complainant was married against her will. The complainant gave evidence that she had agreed to the marriage but later regretted it; there was no evidence of threats or restriction.""",
  "", "", "", "L")
E("""Custody record: detained for shop theft (Boots, Oxford St). DP is 14, Romanian, with two adults who claim to be parents but cannot name his school. DP has 'sticks to' lists in his pocket and £300 cash. He says he must give the money to 'uncle' and will be beaten otherwise. Social services notified, NRM referral.""",
  "AV IT WW", "", "C", "I")
E("""Youth court: 17-year-old pleaded guilty to criminal damage. No exploitation concerns identified by YOT; lives with grandparents; attends college.""",
  "", "", "", "L")
E("""Salvation Army intake: Mr F, 38, Romanian. Came to UK after a man in his village offered 'work in the fields'. Reports he was never paid, worked 7 days, lived in a barn with 11 others, had his ID card taken on the first day. Left after being punched by the 'boss'. Now has no money, no ID and one change of clothes.""",
  "DC WW EO AC RD PV", "lh oc plc dt fpe", "L")
E("""Police log entry: 'concern for welfare' call — daughter reports her mother (70, dementia) has been living with a 'carer' who takes her pension and does not let family visit. Attended: no sign of labour or sexual exploitation. Safeguarding adults referral — financial abuse.""",
  "", "ncw", "", "L")
E("""Case summary: R v BEGUM — benefit and identity fraud. Defendant used the identity documents of eleven Bangladeshi men who lived in her property to claim housing benefit and tax credits, keeping the payments. The men had handed over their passports for 'visa advice' and never received them back. Several worked in restaurants owned by her brother, who paid them £80 a week for 72-hour weeks.""",
  "RD WW EO AV", "dt ncw lh", "C L")
E("""Sentencing: "You used your daughter's boyfriend's debt — a debt for cannabis he had smoked — to make him deliver drugs for you. Every delivery paid a little off, you said, but the debt grew because you charged him £50 a day 'interest'. When he tried to stop you had two men break his kneecap." """,
  "DB PV", "", "C")
# ---- batch 14 ----
E("""Prosecution opening note — R v CIOBANU and MARIN (Winchester Crown Court)

The Crown's case is that the defendants ran a hand car wash on the forecourt of a former petrol station in Southampton and that the seven men who worked there were held in forced labour.

The men were recruited in Romania by Marin, who told them they would earn £500 a week and live in a nice house. In fact they lived in the former kiosk of the petrol station, sleeping on sofas and on the floor, using the car wash hose to wash. They worked from 7.30am until the last car, seven days a week, in all weathers, without gloves or boots.

Ciobanu paid each man £25 at the end of each week and told them the rest was being 'saved for them' and would be paid when they went home. When one man, V4, asked for his savings, Ciobanu hit him with a bucket and told the others that anyone who went to the police would end up 'in the river'.

You will hear from five of the men. Two others returned to Romania and will not give evidence.""",
  "DC AC EO WW PV IT", "saw plc lh", "L")
E("""CHARGING DECISION — R v ABBAS (domestic servitude)

The suspect's sister-in-law, Ms N (Pakistani, 28, learning difficulties), has lived at the suspect's address since 2016. She states she is the only person who cleans, cooks and does the laundry for a household of eleven, that she is not allowed to go outside unless with the suspect's wife, and that her disability benefits are collected by the suspect. Her GP records show she has not been seen since 2017 and that appointments were cancelled by the suspect. A health visitor noted she was 'very thin and silent'.

Charge: s.1 MSA (servitude, forced labour). Threshold test met.""",
  "AV RM EO", "rm ncw pa lh", "D")
E("""Court of Appeal — R v PETRAS (sentence): The applicant received 4 years for conspiring to facilitate a breach of immigration law. He argued that the migrants he smuggled in the lorry were not exploited. The court agreed: the migrants paid a fee to be smuggled and dispersed on arrival; there was no evidence of exploitation after arrival. The sentence was nonetheless within range.""",
  "", "", "", "L")
E("""Victim personal statement (Ms P, British, 19):

I met him when I was living in the hostel. I had nothing and he gave me a place to stay. Then he said I had to pay him back and I had to sleep with his friends. He took my phone and gave me one that only had his number in it. He kept my bank card too because he said I'd spend my Universal Credit on rubbish.

Sometimes I wasn't allowed out of the flat for days. He'd lock it when he went out.

I want people to know it wasn't my choice. I was 19 and I was homeless and he knew that.""",
  "AV DB IS RM", "iso ncw rm", "S", "H")
E("""Witness statement (MG11), Mr Daniel HOPE, former site manager: I managed a construction site in Milton Keynes for a main contractor. A subcontractor supplied groundworkers. They arrived in one van at 6am and one man, called 'Gabi', did all the talking for them. I didn't see them take breaks. Some had no boots. At the end of the job I saw Gabi handing each of them a few notes.""",
  "EO", "sfw et lh", "L")
E("""Magistrates: application for a Closure Order on a flat in Hartlepool used for drug dealing. Tenant, 58, has COPD and told officers that 'the lads' took over the flat, he lets them because they 'give him a bit'. Order granted; tenant rehoused; referral for cuckooing.""",
  "AV", "", "C")
E("""Witness (interpreter's rendering): He says that nobody held him. He says the man shouted a lot but always paid him. He says he left when he found a better job at another car wash.""",
  "", "", "", "L")
E("""Judge directs acquittal: "There is no evidence on which a jury properly directed could conclude that the complainant's passport was taken from her; her own evidence is that she gave it to the defendant's accountant for a visa application and it was returned within the week." """,
  "", "", "", "L")
E("""Prosecution note: V2 was 13 when she was first given cannabis by D1. He drove her to parties in Oldham where she was made to have sex with adult men. She recalled one of the men saying, 'she's paid for'.""",
  "AV PV", "et", "S", "H")
E("""Crown Court sentencing: the defendant pleaded to two counts of slavery offences involving two Vietnamese boys found in a cannabis farm in a flat in Lewisham. Both boys had been told that their mothers would be hurt if they did not work. They had no phones, did not know where they were and had not been out for five weeks.""",
  "AV IT IS RM", "iso rm", "C", "H")
E("""Trial note: Defence counsel put to the witness that she had been earning good money as an escort and had merely fallen out with the defendant, her partner. Witness maintained he took the money. Jury acquitted on the controlling prostitution count.""",
  "", "", "", "L")
E("""INT 2/C/P — Information suggests female (approx 30, Eastern European) at a house in Slough is doing all the cooking, cleaning and childcare for a family of 8, never seen outside alone, thin. Informant has heard she is 'paid in food'. Seek welfare check.""",
  "EO RM WW", "rm pa lh", "D")
E("""Helpline call note: caller's brother (Nigerian, 27) came on a care worker visa. Sponsor charged him £12,000 up front for the certificate, has now cut his hours to zero so he is not earning at all, and says he must keep paying £400 a month 'or the sponsorship goes'. Brother too frightened of being deported to complain.""",
  "DB IT AV", "uf foa", "L")
E("""Sentencing: "You were paid by the men who needed the money — £200 each — to be taken from the Midlands to a farm in Kent for picking. But once there they were charged for every meal and every bed and never given a day's wage. When the season finished you told them they owed you more than they came with." """,
  "WW DB", "uf", "L")
E("""Appeal allowed: conviction quashed for a woman prosecuted for running a brothel. Fresh evidence showed she had herself been trafficked from Albania at 16, was made to work in the brothel by her trafficker, and was controlled by threats to her child.""",
  "AV IT", "", "S")
E("""Court summary (sentence): defendant, a recycling yard owner, fined for breaches of waste regulations. Workers' conditions not an issue in the proceedings; all staff employed on contracts.""",
  "", "", "", "L")
E("""Victim account, translated from Slovak: Boss said we go to the factory, good money. But the work was in the chicken shed, cleaning the dirt with no mask, ammonia in the eyes. We sleep six in a caravan. If somebody is sick, boss says no work, no food, and takes £20 extra.""",
  "DC AC", "oc plc", "L")
E("""Sentencing remarks: "You are sentenced for keeping Ms Q, a woman with significant learning disabilities, in your home for seven years to clean and cook for your family. She slept on a mattress in the conservatory. She was never paid. She was not registered with a doctor. You told her that outside the house she would be 'taken away by the police'." """,
  "AV AC WW IT", "saw", "D")
E("""CPS note: 'Pop-up' brothel in Airbnb, Cambridge. Police found two women (Romanian, 21 and 23). Both said they work for themselves, advertise themselves, keep their earnings and travel together for safety. No evidence of a third-party controller. No offence identified re exploitation; referred to support services.""",
  "", "", "", "L")
E("""MG3: NFA. Complainant alleged that her manager at a fast-food franchise made her work 'too many hours'. Rota shows 38-hour weeks with overtime paid. She left with a reference. Not an exploitation case.""",
  "", "", "", "L")
# ---- batch 15 ----
E("""Sentencing remarks, R v IBRAHIM (Sudanese smuggling gang): "You charged those men £2,500 to cross the Channel and then, when they could not pay the balance, you sent them to work at your cousin's car wash in Harlow until it was paid. Every week you added what you called interest. You kept their phones in a bag in your car." """,
  "DB IS", "iso", "L")
E("""Charge: s.2 MSA — D arranged travel of an Indian chef on a skilled worker visa; job description promised £28,000 a year; in reality the chef was paid nothing for nine months and told the salary was 'going against the visa cost'.""",
  "DC WW DB", "", "L")
E("""Witness statement of Mrs Olena KOVAL (Ukrainian, hosted under Homes for Ukraine): My host family asked me to do some cleaning in exchange for rent, which I agreed to. They treat me kindly, I have my own room and key, I work part-time at a supermarket and keep my wages. I make this statement only to confirm I have no complaint against them.""",
  "", "", "", "L")
E("""Sentencing: "You took a 17-year-old boy from a children's home in Stoke and moved him into a flat in Blackpool to sell heroin. You told him he had no family but you. You took his phone. When his social worker rang you said he was your nephew." """,
  "AV IS", "iso sfw", "C", "H")
E("""Appeal summary: The appellant was convicted of controlling prostitution; the victim was his 15-year-old girlfriend, whom he advertised on Snapchat. He took all her earnings, and when she said she wanted to stop he slapped her and threatened to tell her foster carers.""",
  "AV WW PV IT", "ncw", "S", "H")
E("Guilty: s.1 MSA. Workers at the sandwich factory were told the agency's 'loan' for flights would be cleared in a month; a year later it was bigger than at the start.", "DC DB", "", "L")
E("Defendant acquitted of rape; complainant was his adult partner. No allegation of exploitation.", "", "", "", "L")
E("V3 in statement: 'Marius had the keys. You only go out with Ion. Not to the shop alone, not anywhere.'", "RM", "rm et", "", "M")
E("MG11 (neighbour): 'Every night around 11 a Transit drops about ten women back at number 7. Same at 5 in the morning.'", "", "cedl et", "", "L")
E("Judge: the complainant was given £20 a week pocket money for full-time work in the defendant's shop; the rest went to her father.", "WW", "ncw", "L")
E("""Safeguarding referral (college): Student, 18, Vietnamese, disclosed that a 'relative' in Manchester arranged her visa and now takes her part-time wages from the restaurant to pay back £15,000. She must phone him every evening and was told her parents' house in Vietnam is the security for the loan.""",
  "DB WW AV", "ncw", "L")
E("""NGO note (Kalayaan): Ms J, Filipina domestic worker on an overseas domestic worker visa, left her employer's London flat yesterday. States she worked 7am to 1am, shared a room with the baby, was paid £150 a month, and the 'madam' held her passport. Was told that if she left she would be reported as an absconder and jailed.""",
  "EO WW RD IT", "lh saw dt foa", "D")
E("""A&E note: female, 23, Albanian, attended with fractured wrist, says she 'fell'. Accompanied by male who paid for a taxi and waited. Alone with nurse she said she works in 'massage' and cannot go home because of money she owes. Discharged with male; police informed.""",
  "DB", "pa", "S")
E("""Court of Appeal (Civil) — compensation claim: an Ethiopian domestic worker succeeded in her claim against her former employers, who had recruited her in Addis Ababa promising a salary of $300 and a day off each week; in London she was paid nothing, worked 17 hours a day and was never given a day off.""",
  "DC WW EO", "lh", "D")
E("""Sentencing: R v SMITH and JONES — burglary of a farm shop. Both defendants are British adults with addiction issues; they committed the offence together for money for drugs. No third party direction.""",
  "", "", "", "L")
E("""Victim debrief: "At night the boss locks the gate of the yard. We sleep in the container. In the morning he opens. If a car needs washing at night he wakes us. Not allowed in town without his son. Passport? He has. Money? He says next month. Always next month." """,
  "RM AC EO RD WW", "rm saw dt et lh", "L", "H")
E("""Summary (ABE interview, V6, aged 12): V6 says her 'auntie' made her clean the house and look after the baby instead of going to school, and hit her with a wooden spoon when the baby cried. She slept on the floor of the baby's room.""",
  "AV PV AC", "saw", "D", "H")
E("""Bank fraud team alert: customer (M, 71) reports his carer has been using his card; losses £4,200. Carer employed by a registered agency; police notified; theft matter.""",
  "", "", "", "L")
E("""Sentencing remarks, R v CHOWDHURY (trafficking for organ removal, attempted): "You persuaded a poor labourer in Sylhet that he would be given a job as a cook in your restaurant and that you would pay for his journey. In truth you intended that he should give one of his kidneys to your wife. Your plan failed only because the hospital's independent assessor spoke to him alone." """,
  "DC AV", "", "O")
E("""CPS advice, not proceeding: Allegation of organ harvesting arose from a misunderstanding. The 'donor' is the recipient's brother, who volunteered after family discussion, was assessed independently and received no payment.""",
  "", "", "", "L")
# ==== WRITE ====
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh110.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(DATA, 1):
            row = {"id": "f110-%03d" % n, **d}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(DATA), "texts to", out)
