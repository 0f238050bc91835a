#!/usr/bin/env python3
"""Hand-written labelled texts (fresh51). Each a(...) call holds one text written by hand.
Short codes are expanded to the official codes below; nothing is generated from slots."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oca="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rmv"), ("EO", "lh"), ("IS", "iso")]
T = []
def a(text, ind="", sig="", typ="", risk="l"):
    i = ind.split(); s = sig.split()
    for I, S in PAIRS:  # convention: sign goes with its indicator when both described
        if I in i and S not in s: s.append(S)
        if S in s and I not in i: i.append(I)
    T.append(dict(text=text, indicators=[IND[x] for x in i], signs=[SIG[x] for x in s],
                  exploitation=[TYP[x] for x in typ.split()], risk=RISK[risk]))
def dump():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh51.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(T, 1):
            f.write(json.dumps(dict(id="f51-%03d" % n, **r), ensure_ascii=False) + "\n")
    print(len(T), "texts ->", out)

# ---- batch 1
a("INT LOG 2/B/P. Source reports white Transit VRM KX19 ORP seen 0440hrs daily at layby A47 nr Dereham collecting approx 12 males, Eastern European, dropped back after 2100. Driver believed BALAN, Ion (DOB 03/02/1987) acts as gaffer and does all the talking when workers approached. Workers said to pay £10 per day for the lift taken from wages.",
  "", "cedl sfw ct", "L", "m")
a("Reporting a car wash on Norwich Rd nobody seems to speak english they live in the portacabin round the back i seen them washing cars at 10 at night still in the rain no gloves. one lad had a black eye last week.",
  "AC EO", "saw lh pa", "L", "m")
a("GLAA inspection note, licensed labour provider, Wisbech. Payslips checked for 40 pickers, all paid NMW via own bank accounts, holiday pay accrued. Accommodation in two static caravans, 4 per van, gas safety cert in date. Workers interviewed without supervisor; no complaints. No further action.",
  "", "", "", "l")
a("Caller reports neighbour's dog has been barking since 6am, owners away on holiday. No other concerns.", "", "", "", "l")
a("She says that when she arrived at Stansted a man called Vlad took her passport and said he would keep it safe 'for the registration'. She never saw it again. She was taken to a house in Peterborough where she had to see men. She says she did not get any money, Vlad said it was going on the debt for the flight and the room, and the debt was £4000 and every week it was more.",
  "RD WW DB DE", "dt ncw", "S", "h")
a("101 call. Male caller, Boston. States his brother-in-law works at a packhouse through an agency, hours cut this week and he was paid late on Friday. Agency has since paid in full. Caller wants advice on employment rights only. Signposted to ACAS. No exploitation concerns identified.",
  "", "", "", "l")
a("INT 3/C/P: POI Nguyen Van HUNG suspected of running cannabis grow at address in March, Cambs. Vietnamese youth (believed 15-16 yrs) seen at window, never seen leaving. Windows blacked out, heavy electricity use. INT suggests juv is locked inside and fed by HUNG who visits twice weekly.",
  "AV RM IS", "rmv iso", "C", "i")
a("Safeguarding referral from school (Great Yarmouth). Y10 pupil, 14, has new trainers and two phones, regularly absent Mondays, was found by BTP at Kings Lynn station on a school day with £300 cash. He told staff 'I owe them now' and is scared to say who 'them' are. Believed county lines.",
  "AV DB IT", "foa", "C", "h")
a("Salvation Army caseworker note. Client M, Romanian, 52. Recruited in his village by a cousin who promised warehouse work in Leicester at £9/hr with a room. Brought instead to a farm near Spalding, living in a shed with 7 others, one toilet. Works cutting broccoli from 5am till dark, seven days. Paid £50 a week cash; the cousin 'keeps the rest to send to my wife' though wife says she received nothing. Client has learning difficulties and cannot read. Cousin holds his ID card.",
  "DE AC EO WW RD AV", "oca plc lh ncw dt", "L", "h")
a("the nail bar on high st in lowestoft has young vietnamese girls working all day and night they never go out, a man drops them off in a car and picks them up, they look so scared and thin",
  "RM", "et cedl pa rmv", "L", "m")
a("Neighbour dispute, Ely. Complainant states family next door have 9 adults living in a 3 bed house and park too many cars. Visit: extended family of Polish nationality, all employed by different local firms, own tenancy, all have own documents and bank cards. No exploitation indicators. Advice given re parking.",
  "", "", "", "l")
a("Fishing vessel, Lowestoft. Ghanaian deckhand attended seafarers' mission with hand injury. Says he has worked 20 hour days for 3 months, sleeps on the boat, skipper holds his seaman's book and passport 'for port control'. Told he would earn $1200/month; has received $200 total. Skipper said if he complains he will be left at sea.",
  "EO RD DE WW IT AC", "lh saw dt pa ncw", "L", "h")
a("Kidney transplant patient, 44, attending renal clinic at Addenbrooke's for routine follow up. Donor was his sister, living donation via NHS programme in 2024. No concerns.",
  "", "", "", "l")
a("INT 2/C/C (not to be disclosed to LA without OIC authority). Female, Albanian, late teens, believed being moved between AirBnBs in Ipswich and Colchester. Ads on adult site with same photos under different names. Phone used for ads linked to male KOLA. She is reportedly never alone, KOLA's associate sits in the car outside each address.",
  "RM", "rmv et", "S", "h")
a("Girl aged 15, in care placement in Norwich, missing x6 in a month, returned by taxi paid for by unknown adult males. Found with hotel key card and alcohol. Disclosed to carer she 'has to do favours' for a man called T because he gave her weed and says she owes him.",
  "AV DB", "", "S", "h")
a("Caller (999) states her friend texted her from a house in Thetford saying she is locked in upstairs by her boyfriend's cousin and her passport has been taken, he says she will work in a massage place tonight. Friend sent a pin location. Units dispatched.",
  "RM RD", "rmv dt", "S", "i")
a("Local man reports a group of Romanian women begging outside Tesco Kings Lynn every day, dropped off 8am collected 6pm by the same silver Passat, one of them told him in broken english she has to give all the money to the driver or 'problem'.",
  "WW IT", "cedl et ncw", "C", "m")
a("Care home, Lincoln. CQC raised concern about overseas carers sponsored under Skilled Worker visa. Interviews: carers told to pay £9,000 'sponsorship fee' to an agent in Kerala before arrival, now repaying £400 per month from wages, told their visa will be cancelled and they will be deported if they leave before the debt is clear. Working 60-70 hrs per week.",
  "DB IT EO AV", "uf lh foa", "L", "h")
a("Witness statement extract: 'I am the manager of the Esso garage. The lads from the car wash next door come in for energy drinks. They seem happy enough, one of them is saving for his wedding. I have never seen anyone hurt them or stop them going anywhere.'",
  "", "", "", "l")
a("Debrief (interpreter present, Tigrinya). He says he crossed from Libya to Italy and then by lorry to Felixstowe. The smugglers said he owed $6000 and he must work at a car wash in Colchester until it is paid. The owner paid the smugglers directly. He slept in the storeroom behind the jet wash. He did not know what town he was in for the first two months.",
  "DB WW IS AC AV", "saw iso ncw", "L", "h")
a("INT 2/A/P Source directly witnessed gangmaster PETROV, Dimitar hit a worker across face with a crate in the packhouse yard near Holbeach after worker asked for his wages. Approx 30 Bulgarian workers under PETROV.",
  "PV WW", "", "L", "h")
a("woman in the flat above me in peterborough takes in different men all night every night, there's a guy with a bmw who comes every morning and takes cash off her, I dont think she is local, she never leaves on her own",
  "WW RM", "rmv ncw", "S", "h")
a("Student (Chinese national, 20, UEA) reports loss of passport at Norwich bus station. No third party involvement. Crime ref for replacement issued.", "", "", "", "l")
a("Midwife note, QEH King's Lynn. Pt 19 yrs, Slovak, 30/40 booking very late. Attended with a male who answered every question and would not leave the room. Pt did not know her own address. When alone briefly in toilet pt wrote 'help me he take my money' on a paper towel.",
  "IS WW", "sfw iso ncw", "", "m")
a("Officer handover. Attended HMO in Boston re noise. 14 mattresses across 3 rooms, no smoke alarms, mould. Occupants (Latvian, Lithuanian) all work at a chicken factory via 'Andris' who collects them in a van. They said Andris takes £80 a week each for the room and £15 for transport out of their pay. Pay cards: Andris has them 'to avoid losing'. No one would give statement.",
  "AC WW", "oca plc ct ncw et", "L", "m")
a("Domestic abuse incident, Lincoln. Female reports partner pushed her during argument about money. No labour or sexual exploitation disclosed; she works in retail, has her own account and documents. DASH completed - medium.",
  "PV", "", "", "m")
a("Indian family living in a large house in Cambridge. A Tamil-speaking woman (approx 50) cleans and cooks for them; neighbour reports she is never seen outside except taking bins out, sleeps in the utility room, and was seen crying in the garden. Said to have come on a domestic worker visa with the family.",
  "RM AC", "rmv saw", "D", "m")
a("Reporting my own employer anonymously. I work at a salad factory in Cambs via agency. They charge us £25 for boots and hi-vis every month and take £6 a day for bus, we work 12 hour shifts but they pay for 8.",
  "WW EO", "ppe ct lh", "L", "m")
a("INT 3/D/P: Rumour in community that ZHOU runs girls from a flat on Prince of Wales Rd. No corroboration; previous visits found single self-employed sex worker who has her own passport and keeps her earnings, free to come and go.",
  "", "", "", "l")
a("Bank alert (financial crime team). 17 debit cards in different Eastern European names used at the same ATM on Hall Rd, Norwich, Friday evenings within 20 minutes, all by the same man on CCTV. Wages from a recruitment agency paid into each account and withdrawn same day in full.",
  "WW", "mbc ncw", "L", "m")
a("I came to work on cleaning in hotel, they say, £1200 every month. When I come, they send me to a house in Lincoln and I must clean and cook and look the children from 6 morning until 12 night. The madam keep my passport in her drawer. She say if I go outside police will take me because no visa. I never had day off in one year.",
  "DE RD EO IT AV RM", "dt lh foa rmv", "D", "h")
a("Council licensing, Ipswich. Routine check of nail bar. Two staff, both British-Vietnamese, on payroll, own bank accounts, rota shows 36 hrs. No concerns.", "", "", "", "l")
a("Man seen sleeping in a car at the back of the Wickes car park in Grantham every night, is he ok??", "", "", "", "l")
a("INT 2/B/P. Subject DARIUS (nom, Romanian) collects benefits for 5 vulnerable adults living in his house in Skegness; he holds their bank cards and gives them £10 each a week. Adults have learning difficulties and alcohol dependency.",
  "AV", "ncw mbc", "", "m")
a("A&E Ipswich. Male 30s, Albanian, attended with crush injury to fingers. Brought by male who paid cash and insisted on interpreting. Pt works 'on the roofs'. When asked where he lives, said 'I don't know the road, they take me'. Pt became distressed when police mentioned.",
  "IS", "sfw iso foa pa et", "L", "m")
a("Caller states he saw a fight between two drunk males outside a pub in Spalding. Both left before police arrival.", "", "", "", "l")
a("Debrief extract. 'The man in Romania told me it is a good job picking strawberries in England, £80 a day. I paid him 300 euros for the ticket and the job. In Norfolk they put 10 of us in one caravan. The gangmaster took £70 each week for the caravan and said we owe 500 pounds each for the transport. We worked 14 hours, when it rained we got nothing. When my friend complained, he said he has friends in our village who know our families.'",
  "DE DB AC EO IT", "uf oca plc lh", "L", "h")
a("Au pair, 22, Spanish, Cambridge. Emailed charity to ask whether her hosts can make her babysit two evenings extra a week. She is paid £120/wk as agreed, has her own room and passport and goes to college. Advice given; no exploitation.", "", "", "", "l")
a("INT 1/A/P OIC DC WARD. Cuckooed flat, Lowestoft, occupant vulnerable female (heroin dependent). Two London males using flat to deal since 3 weeks. She is not allowed to leave her bedroom when customers attend and was threatened with a knife last night. Attend today.",
  "AV RM IT PV", "rmv", "C", "i")
a("there's a fella who stands in the precinct in Boston every day selling the Big Issue, nice guy been there years, just wanted to say he seemed a bit down today", "", "", "", "l")
a("Border Force, Felixstowe. Container lorry from Rotterdam found with 6 Vietnamese nationals incl. one stated age 16. Driver arrested. Youngest said they were told they would work in nail bars in England to pay back 'the fee' of £20,000 to the organisers; family home in Nghe An put up as security.",
  "AV DB", "", "", "h")
a("Probation note. Service user (ex-prisoner, 58, homeless) disclosed he has been doing 'block paving' for a family on a site near Newark, lives in a caravan with no water, paid in cans of lager and tobacco. Was punched when he tried to walk off last month.",
  "AV AC WW PV", "plc", "L", "h")
a("School: Year 8 girl, 12, told teacher she has to do all the cooking, cleaning and look after 4 younger siblings and misses school for it, mum works nights. Family known to early help. No third party; neglect concerns, not exploitation.",
  "", "", "", "l")
a("INT 2/B/C (not to be shared with subject's employer). Worker at potato packhouse in Chatteris says supervisor POPA demands £200 cash from new starters to keep their jobs and charges £30 for the hi-vis and hairnets. Workers afraid to report because POPA knows people in their town in Romania.",
  "IT", "uf ppe foa", "L", "m")
a("Polish man, 61, came to Norfolk 2019. Worked at a turkey farm, now retired. Lives alone, his son visits weekly. Request for welfare check as son on holiday. Found safe and well.", "", "", "", "l")
a("They took my phone at the airport and gave it back only on Sundays for one hour with the boss standing there. I could not tell my mother where I am.",
  "IS", "", "", "m")
a("Suffolk Trading Standards: complaint about a takeaway in Haverhill where a Bangladeshi chef sleeps on a mattress in the storeroom above the kitchen, works 7 days 11am-2am. Owner says he is 'family'. Chef says he has not been paid since arriving 8 months ago, owner is 'keeping it for him'.",
  "AC EO WW", "saw lh ncw", "L", "h")
a("Report via Modern Slavery Helpline. Caller is a farmer near Sleaford, used a labour gang for sprout harvest, suspects the gangmaster not licensed and cash in hand. Workers seemed fine, chatty and paid daily in front of him. Passed to GLAA for licensing check only.",
  "", "", "", "l")
a("INT 2/B/P. HOXHA, Arben (DOB 11/06/1994) recruits Albanian boys 16-17 on TikTok with offers of £3000/month 'garden work' in UK. Once here they are put in cannabis houses across Cambs/Lincs and told the journey cost £15,000 to be paid by 'gardening'. One boy reported beaten after a crop failed.",
  "AV DE DB PV", "", "C", "h")
a("my neighbour keeps a pitbull in the garden 24/7 and it howls all night please send rspca", "", "", "", "l")
a("Caseworker (Medaille Trust) note: Client F, Nigerian, 34. Came in 2021 as a carer for an elderly relative of her sponsor in Luton; sponsor keeps her passport 'in the safe at the office'. She was raped by the sponsor's son and told that if she told anyone, juju would kill her children in Lagos. Currently in safe house.",
  "RD PV IT", "dt", "D S", "h")
# ---- batch 2
a("INT 3/C/P: Vietnamese male approx 17 yrs seen sleeping in nail bar on Westgate, Peterborough. Owner TRAN said he is a nephew.", "AV", "saw", "L", "h")
a("Gangmaster van, Thai registration plates? no, Lithuanian plates, picks up women from the caravans at Walpole at 4am. they come back at 10pm. they told my wife they get 2 pounds a crate and the boss takes rent from it. so tired they fall asleep at the bus stop",
  "EO WW", "cedl lh pa", "L", "m")
a("Debrief, male, Sudanese, 24. 'In Calais a man said he had work for me in a kitchen in Ipswich and I could pay the crossing later. In Ipswich I worked in a Chinese takeaway for 16 hours every day. They gave me food and a mattress under the stairs. When I asked about the money they said I still owe £3000 for the boat and the food. I did not have a phone. I did not know anybody.'",
  "DE EO AC DB IS AV", "lh saw iso", "L", "h")
a("Council environmental health, Lincoln. Inspected restaurant after customer complaint about hygiene. Kitchen dirty, fridge temps too high. Staff on payroll with contracts. Improvement notice served. No welfare concerns.", "", "", "", "l")
a("Concern for a man aged about 40 at the hand car wash at the old petrol station in Thetford - he has a bad limp and never wears shoes only sliders in the water, same clothes every day. When I asked if he was ok a younger guy came over and said 'he no speak, go'.",
  "AC", "pa sfw", "L", "m")
a("Text from Crimestoppers: 'House in Scunthorpe full of young men, they go in a van at half five every morning to a factory. there are about 20 of them in a three bed and a big man with a car who takes their bank cards on pay day to the cashpoint.'",
  "AC WW", "oca cedl et ncw mbc", "L", "m")
a("A 23 year old British man with autism was befriended by a group in Lowestoft who moved into his flat and use it to store and sell drugs. He is made to carry packages to customers and was told they would smash his windows if he told his mum.",
  "AV IT", "", "C", "h")
a("Hospital safeguarding note. Male, 35, Lithuanian, admitted with pneumonia. Works at a mushroom farm near Boston. Says employer is good, paid weekly into his own account, lives in rented room with his partner. Discharge to own address.", "", "", "", "l")
a("INT 2/B/P. Female BUTNARU, Elena (Romanian, 27) believed to be controlled by partner BUTNARU, Marian, who advertises her on Vivastreet; she sees clients in a flat in Lincoln, Marian takes all cash. Observed with bruising to arms. She does not have her ID card; Marian showed it to landlord.",
  "WW PV RD", "ncw pa dt", "S", "h")
a("My daughter is 16 and is going out with a 24 year old who buys her vapes and phones and takes her to parties in Norwich where she meets his friends. Last week she came home with no underwear and could not remember the night. I am terrified.",
  "AV PV", "", "S", "h")
a("Probation: PoP (Slovakian, 29) convicted of theft from Lidl, states he was made to steal by the men he lives with in Peterborough who took his passport when he arrived and keep him in a room 'like a prisoner'. He was brought here on the promise of a factory job.",
  "RD RM DE", "dt rmv", "C", "h")
a("Caller states an elderly neighbour has had workmen doing her driveway for three weeks and charged her £14,000. Suspected rogue trader fraud against the householder. Workmen appear to be a family business; no concerns about the workers.",
  "", "", "", "l")
a("NGO outreach, Wisbech. Met a group of Bulgarian men at the food bank. They are agency workers in the daffodil fields. Say pay is low this season because of the weather and hours vary, but they are paid into their own accounts and can change agency. One had a dispute over a missing day's pay which the agency fixed after two weeks.",
  "", "", "", "l")
a("Girls at the massage parlour on Lincoln Rd never leave, food is delivered, and there is a man sitting at the door 24hrs. Seen a girl trying to go out and he pulled her back in by the arm.",
  "RM PV", "rmv", "S", "i")
a("INT 2/A/P. Eritrean male reports to source that he works at a carwash in Bury St Edmunds 8am-8pm, 7 days, for £30 a day; he lives in a flat provided by boss with 6 others, pays £60/wk rent. He says he can go out and has his own Home Office documents. Hours excessive; no other indicators.",
  "EO", "lh", "L", "m")
a("Organ trade INT 3/C/C (for MSU only). Source states a man in a Peterborough café is offering Romanian and Moldovan men £5,000 to travel to Turkey to 'sell a kidney'; two men from Wisbech have reportedly gone and come back unwell and were paid less than promised.",
  "DE AV", "", "O", "h")
a("Vietnamese woman, 30s, arrested in cannabis factory at a house in Corby Glen. Told interviewing officer the door was padlocked from outside and she was given rice twice a day. She says a man in the UK paid her smugglers and she must tend plants for a year to pay £18,000.",
  "RM AC DB", "rmv", "C", "h")
a("Online report: 'The chicken factory people always look exhausted but they work for a big agency that's been in the paper for paying good. My mate works there, she says the shifts are 12 hours but only 4 days a week and its all paid properly.'", "", "", "", "l")
a("I was told I would model in London. The man who met me at Luton took me to a house and told me I must sleep with men to pay for my ticket. When I said no he hit me and locked the door.",
  "DE DB PV RM", "rmv", "S", "h")
a("Officer note: stopped minibus A17 nr Sutton Bridge 0510hrs, 16 passengers in 14 seats, driver has no licence. Passengers say they work for different growers and chose the lift; pay £5 each. No sign of control.", "", "ct", "", "l")
a("Support worker, homelessness charity, Norwich. Client (British, 45, alcohol dependent) taken by a man to work on a tarmac crew. Sleeps in a horse box on a traveller site in Lincs. Not paid, gets drink and food. Says he is 'family now' and they would find him if he left.",
  "AV WW AC IT", "plc", "L", "h")
a("INT 2/B/P Nom CIOBANU sends money to Romania for 9 workers from a single account; workers say he 'looks after' their wages and they get £30 for cigarettes.",
  "WW", "ncw", "L", "m")
a("Met a very sweet Filipina lady at church in Cambridge, she is a nanny for a diplomat family, she said she isn't allowed a phone and only gets out for Sunday mass with the driver waiting. She has not been paid since she came but they 'will give it when she goes home'.",
  "IS RM WW", "iso rmv et", "D", "h")
a("Pls help my cousin is in a house in Lincoln they took her passport and she has to work in the massage shop they say she owes 8000 pound. she sends me messages only at night when they sleep",
  "RD DB", "dt", "S", "h")
a("Fire service note. Fire at HMO in Kings Lynn, 22 occupants in 5 rooms, beds in kitchen and garage. Landlord prosecuted for HMO breaches. Occupants rented directly and work at different employers. Licensing matter, no exploitation.",
  "", "oca plc", "", "l")
a("INT 2/B/P: Source states Hungarian women working in a laundry in Grimsby are charged £150 'finder's fee' and then £90/wk from their pay for a shared room, leaving around £60. Supervisor holds their bank cards.",
  "WW AC", "uf ncw", "L", "m")
a("Call summary: female, 17, calling from a phone box, says she ran away from men in Norwich who made her sell drugs in Yarmouth and hit her with a belt when money was short. She wants to go home to London.",
  "AV PV", "pa", "C", "i")
a("School nurse: Yr 11 boy has started wearing expensive clothes, is always tired, says he works nights 'for his uncle's friend' packing boxes at a unit in Spalding, paid £20. Aged 15.",
  "AV WW EO", "lh", "L", "h")
a("Nothing bad to report, just wanted to say the strawberry farm near Cromer treated my son really well this summer, decent caravans and fair pay.", "", "", "", "l")
a("Caseworker note, Unseen. Client (Pakistani, 38) came on a Skilled Worker visa for a care agency in Norfolk. Paid £12,000 to an agent in Lahore. On arrival there was no work; agency offered 10 hours a week. He sleeps on a friend's sofa. He is now in debt at home and at risk of losing visa.",
  "DE", "uf", "", "m")
a("INT 2/B/P. Female (Chinese, 40s) seen entering a flat in Ipswich with male clients all hours. Flat rented by LI Wei. Female never seen outside. Neighbour heard screaming. Ad on AdultWork with Ipswich number +44 7700 900123.",
  "RM", "rmv", "S", "h")
a("DI handover: Romanian man (ROTARU) was found at a farm in Boston living in a converted chicken shed, electricity via extension lead, no heating, with three others. Farmer says ROTARU's gaffer arranges all of it. ROTARU states he gets 'maybe £100' a week and the gaffer keeps the rest 'for the rent and debt'.",
  "AC WW DB", "plc ncw sfw", "L", "h")
a("Report: my ex is not letting me see my kids. Civil dispute, advised family court.", "", "", "", "l")
a("A young Eritrean boy (says 16) came into the mosque in Luton, asked for food. He had run from a car wash in Cambridge where he was made to work, said they beat him with a hose pipe and he never got paid.",
  "AV PV WW", "pa", "L", "h")
a("Interpreter's summary: She says the man kept telling her that the police in England would put her in prison because she came illegally and that only he could protect her. She was afraid to go out. He said her family would pay if she ran.",
  "IT AV", "foa", "", "m")
a("INT 3/C/P: Unverified report that Polish workers at a meat plant in Norfolk are forced to work 18hr shifts. Visit by GLAA: shifts 8-10hrs, records and turnstiles corroborate, workers denied any compulsion. Report assessed as malicious.",
  "", "", "", "l")
a("Suffolk Police call log: Male says his brother was taken to the UK to 'donate' a kidney for a rich man in London for £10,000 and now the men say he must not tell anyone and have taken his passport until the operation. Brother is staying in a flat in Ipswich. Referred to MSU.",
  "RD IT AV", "dt", "O", "h")
a("they live in tents in the woods behind the farm at Terrington, 6 or 7 men, they work in the fields, no toilet, I've seen the farmer's son shouting at them and shoving one of them",
  "AC PV", "plc", "L", "h")
a("Bank flags: account of an 18 yo receives 40 small transfers a day from unconnected people and forwards them abroad. Customer says a man on Instagram pays him £200 a week to use his account and has kept the card and PIN since.",
  "", "ncw", "C", "m")
a("Witness: 'My friend Andrei works on the building site at Cambourne, he says the boss took his ID when he started and said he will give back when he finishes the contract. He is still paid every Friday to his bank. He doesn't mind, he says it is normal.'",
  "RD", "dt", "L", "m")
a("INT 2/B/P: BEDI, Harpreet operates a sweatshop on an industrial estate in Leicester supplied by workers from Boston and Peterborough. Workers paid £3/hr, sewing from 7am to 11pm. Windows covered.",
  "EO", "lh", "L", "m")
a("Man attended police station in Grantham saying he had worked for a Slovak family for four years in their house and garden and was never paid and they kept his passport. He finally walked out when they were on holiday.",
  "WW RD", "dt", "D L", "m")
a("GLAA note: licence holder in Spalding found supplying workers to a packhouse while licence suspended. Workers interviewed; all paid correctly into own accounts, no indicators. Enforcement action on licensing only.", "", "", "", "l")
a("Midwife: pt (Romanian, 24) says she works in a 'massage place' and her boyfriend collects her earnings for 'their future'. She has no bank account. She wants to keep the baby but says he wants her back at work next week.",
  "WW", "ncw", "S", "h")
a("Pop-up brothel, Ely: 3 women (Thai) arrived on tourist visa, in a rented flat for 10 days, ads online. A 'driver' collects them, takes half of takings. One says she was told it was a spa job.",
  "DE WW", "et ncw", "S", "h")
a("INT 1/B/P. Cuckooing, Kings Lynn. Victim is 63, wheelchair user. Dealers from Birmingham have taken over his bungalow and keep his bank card to 'pay for food'. He is told to stay in the bedroom.",
  "AV RM", "ncw rmv", "C", "h")
a("A worker at a packhouse in Lincolnshire lost two fingers in a machine accident. HSE investigating the employer; worker employed directly with full contract. No exploitation.", "", "", "", "l")
a("Caller from Ipswich: there's a car outside Aldi every day with a man who drops 4 kids (maybe 12-13) to beg on the bridge, he sits and watches them and takes the money at the end",
  "AV WW", "ncw", "C", "i")
a("My landlord keeps my deposit and will not give it back. Also the house is cold. Can police help?", "", "", "", "l")
a("Debrief: 'After 3 months he said I could not go anywhere alone anymore. The house door had a code, only he knew it. He took me to the factory in his car and back. If I tried to talk to other workers he shouted at me. I lost 9 kg.'",
  "RM IS", "rmv et iso pa", "L", "m")
# ---- batch 3 (more long and one-line texts)
a("""INTELLIGENCE REPORT 2/B/P
Subject 1: MOLDOVAN, Sorin (DOB 14/09/1979), Romanian national, address Lime Walk, Long Sutton.
Subject 2: unknown female known as 'Mama Gina'.

Source reports MOLDOVAN supplies labour to two vegetable growers between Holbeach and Long Sutton through an unlicensed arrangement. Approx 25 workers, mostly from the Calarasi area, live in four caravans on a plot off Lime Walk owned by MOLDOVAN's brother. Source states six to seven people share each caravan and the toilets are a single portaloo.

Workers are recruited in Romania by 'Mama Gina' who tells them they will earn £400 per week. On arrival they are told they owe £350 each for the coach and £50 for 'registration'. Wages are paid into accounts opened by MOLDOVAN; he keeps the cards in a tin in his car and hands out £40-£60 on Saturdays. Source has seen MOLDOVAN withdrawing from the Barclays ATM in Holbeach with a handful of cards.

Two workers who left in August were followed to Spalding bus station by MOLDOVAN's nephew and brought back. No injuries known.

Evaluation: source has provided reliable intelligence twice before; corroborated by the GLAA visit log of 02/10.""",
  "DE DB WW AC RM", "oca plc ncw mbc uf rmv", "L", "h")
a("Nail bar girl asked me for help with a note.", "", "", "", "l")
a("Passports in the office safe, all of them.", "RD", "dt", "", "m")
a("Van outside 4.30am again, same lads, same faces, look knackered.", "", "cedl pa", "", "l")
a("Nobody at the farm is locked in, I've seen them walk to the shop every evening.", "", "", "", "l")
a("Referral received (Ely) - Duty to Notify. Adult male declined NRM. Labour exploitation on a turf farm, wages kept by gangmaster.", "WW", "", "L", "m")
a("""Victim account (translated from Polish, summarised by OIC):

I met Tomasz in a pub in Gdansk in 2022. He said he had a firm in England doing roofing and I could earn three times what I get at home. He paid for the bus. In Peterborough he put me in a house with eight other men. The first week he said I owe him £600 for the bus and the first rent, then food, then tools. Every week the number was bigger, never smaller.

We worked on roofs all over Cambridgeshire and Norfolk, sometimes Essex. Start at 6, finish when it is dark, in summer until 9 or 10. Saturday also. He brought us in his van and took us back; we never went on the bus. My ID card he had from the first day 'for the contract'.

When Pawel said he wanted to go home Tomasz hit him with the back of a hammer on his hand, in front of us. After that nobody said anything. I had no phone, it broke and he said he will buy me a new one from my wages. He never did.

I left when a customer's wife gave me a phone and I rang my sister.""",
  "DE DB EO RD PV IS WW", "oca lh et dt", "L", "h")
a("Eritrean woman, 19, in the hostel says the man who drove her from Dover to Cambridge still phones her to say she owes him and she must 'work for his friends'. She has not gone. Staff supporting.", "IT DB AV", "", "", "h")
a("INT: fruit farm near Wisbech, 3/C/P. Workers said to be charged £8 per day for 'PPE' (gloves, knife) and another £7 for minibus.", "", "ppe ct", "L", "m")
a("U know the big house on the corner by the church in Heacham? there's a woman there who does everything, cleaning, garden, dogs, never gets a day off, i see her at 6am and at 11pm still going. the family talk to her like dirt. I've never seen her leave the property ever",
  "EO RM", "lh rmv", "D", "m")
a("""Multi-agency meeting minutes (extract), Fenland.
Item 3: Hotel in Wisbech - housekeeping contracted through an agency. Hotel manager raised concern that several housekeepers appear to arrive together in one car at 6am and are collected at 10pm, working both the hotel and, she believes, another site. Agency produced timesheets showing 40 hour weeks and payslips into personal accounts. Housekeepers spoken to separately with a Romanian interpreter: one works a second job at a cafe by choice, the others share a lift to save petrol. All had their own documents and phones. Action: no exploitation identified; close.
Item 4: Update on shop break-ins on Market Place - see crime ref.""",
  "", "", "", "l")
a("County lines 101 report: my nephew is 17 and keeps getting sent to Norwich by people from Enfield. they give him a burner and tell him he owes them £1500 because he got robbed of the drugs, they said they will stab him if he doesnt pay it back by working",
  "AV DB IT", "", "C", "h")
a("Caseworker note (Kalayaan). Client, Indonesian, 37, entered as an Overseas Domestic Worker with a Gulf family who spend summers in Cambridge. She worked 18 hours a day looking after 4 children, slept on the floor of the children's room, was given leftovers. Her employer's wife slapped her when a child fell. She was not allowed her own phone and her passport was in the employer's briefcase. Paid nothing in the UK; employer says the salary is paid to her agency in Jakarta.",
  "EO AC PV IS RD WW", "lh saw dt ncw", "D", "h")
a("Staff at the Polish shop say the lads from the farm are all fine, they come in on their own and pay with their own cards.", "", "", "", "l")
a("Concern: young man sleeping in the Sainsbury's doorway in Lincoln says he was 'working for a guy' who never paid him and left him there when he got sick.", "WW", "", "L", "m")
a("INT 2/B/P. Address in Grimsby used as a brothel. Three Romanian females aged 19-22. Controlled by RADU, Costel who keeps their ID cards and takes all earnings. One female told source RADU forced her to have sex with him when she refused a client.",
  "RD WW PV", "dt ncw", "S", "h")
a("Came to UK for a better life. Working in a bakery in Leicester, long hours but my manager is fair and I go home when I want.", "", "", "", "l")
a("Police National Database note: organ trafficking. Nigerian woman, 31, told Border Force at Heathrow she had been promised a job as a cleaner in London but was told on the flight that she would be 'tested for a kidney donation' at a private hospital. Her handler had her passport. Handler not on flight.",
  "DE RD AV", "dt", "O", "h")
a("Shop owner, Boston: 'A man comes in every Monday with 9 or 10 bank cards and takes out £250 on each, then buys phone credit. He says they are his workers' cards because they don't speak English.'", "WW", "mbc ncw sfw", "L", "m")
a("Worried about Chinese students? No - sorry, ignore my earlier message, my tenant just forgot to tell me she moved out.", "", "", "", "l")
a("""Call summary 101 (Norfolk CC, 22:14)
Caller: female, lives on an estate in Dereham.
Caller states that for the past 4 months a van with a Bulgarian registration has parked outside 18 [road redacted] most evenings. Between 8 and 12 men get out at around 9pm and go into the house; a man she believes is the 'boss' locks the front door from outside with a padlock and drives away. The van comes back at 5am and unlocks it. Caller has spoken to one of the men at the bus stop on a Sunday who said in broken English that they work 'at the chickens' and the boss 'has passports'.
Caller also mentions that her neighbour's son has been playing loud music and she wants that dealt with too.
Action: intel submitted, MSU informed, PCSO to visit re noise.""",
  "RM RD", "cedl et dt rmv", "L", "i")
a("INT 3/C/P: Slovak Roma family members said to be brought over to work at a Peterborough recycling plant; head of family collects their wages and pays them 'in food'. One is 16.", "WW AV", "ncw", "L", "h")
a("I'm a delivery driver. The big takeaway on the A10 has a young lad (maybe Bangladeshi) who is always there whether its 10am or 2am. He told me he lives in the back. He said he hasn't had a day off in 6 months.", "EO AC", "lh saw", "L", "m")
a("GLAA / HMRC joint visit, Lincs: 11 Romanian workers in a bedsit above a warehouse. Interviewed through interpreter. Say employer 'keeps passports so they don't get stolen', rent £100 each per week taken at source, mattresses on floor. All wanted to keep working.",
  "RD AC", "dt oca plc", "L", "m")
a("""Safeguarding referral - Children's Services (Lincolnshire)
Referrer: Designated Safeguarding Lead, secondary school, Gainsborough.
Child: Female, 14.

Summary: Over the last term the pupil has become withdrawn, has unexplained absences on Wednesdays, and was seen getting into a car with two adult males (one approx. 25) at the end of the school day. She has a second phone which she hides. A friend has told staff that the pupil 'goes to parties in Scunthorpe', that the men give her vodka and cannabis, and that 'she has to be nice to the older ones or they'll send pictures of her to her mum'. Pupil has bruising on her wrists, explained as 'messing about'.

The referrer believes this is child sexual exploitation and that the pupil is in current danger; the next 'party' is believed to be tonight.""",
  "AV IT PV", "pa", "S", "i")
a("Hi im reporting this anonymously becuase im scared, my boss at the car wash has our passports we work from 7 in the morning till 9 at night he pays us 20 pound a day and says if we go to police they will send us back to albania and they will know our family",
  "RD EO WW IT", "dt lh foa", "L", "h")
a("Prison note, HMP Wayland: remand prisoner (Vietnamese, claims 17, assessed 19) arrested at cannabis grow in Norwich. Says he was brought to the UK in a lorry, then 'sold' to the people who own the house. Not allowed to leave, they said they would kill his mother if he runs.",
  "RM IT AV", "rmv", "C", "h")
a("Car wash in Chatteris. Council visited after complaint about water runoff. Staff employed via PAYE, have their own accommodation. One worker said he worked 50 hours last week by choice for overtime pay. No concerns.", "", "", "", "l")
a("101: caller states he saw a man slap a woman outside a nail bar in Spalding and push her back inside, woman looked young, Asian.", "PV", "", "L", "h")
a("Modern Slavery Helpline summary. Caller works in a Lincolnshire care home. Colleague (Zimbabwean) sponsored by a different care agency tells her that agency deducts £500 a month for 'visa costs' and threatens to report her to the Home Office if she changes employer. Colleague works 72 hours a week.",
  "DB IT EO AV", "lh foa", "L", "h")
a("Neighbour says the Romanian builders next door drink in the garden and are noisy. They work for a local firm and go home at weekends. No exploitation.", "", "", "", "l")
a("DC note: IP (female, 26, Brazilian) says her 'boyfriend' in Cambridge set up her escort profile and answers the phone as her, arranges bookings and keeps the money 'to pay for the flat'. She can go out but he tracks her phone.", "WW", "ncw sfw", "S", "h")
a("They keep saying we owe for the visa, I have paid 3 months and still owe more than at the start.", "DB", "", "", "m")
a("Border Force, Stansted: Albanian male, 18, travelling on a false Italian ID, met by no one. Said he is going to 'a friend' for 'work in a garden'; has a phone number only. Referred to safeguarding; no disclosures. Insufficient for indicators.", "", "", "", "l")
a("Welfare check on Thai woman at a massage parlour in Lincoln: she said she owns the business with her sister, has a spa licence, her own passport and pays tax. No concerns.", "", "", "", "l")
a("INT 2/B/P: NEAGU family in Great Yarmouth brings adult men with learning disabilities from Romania to work in a scrap yard. Men sleep in containers on the yard with no heating, work 6am-8pm daily, no pay. NEAGU takes their benefit payments as well.",
  "AV AC EO WW", "saw plc lh ncw", "L", "h")
# ---- batch 4
a("Girl in the window above the kebab shop waving a paper saying HELP, the door downstairs has a padlock on the outside", "RM", "rmv", "", "i")
a("boss keeps our papers 'safe'", "RD", "dt", "", "m")
a("He sends the money home for us, we only get cigarettes.", "WW", "ncw", "", "m")
a("Pay goes on the card he keeps.", "WW", "ncw", "", "m")
a("Knows where my mum lives, he showed me a photo of her house.", "IT", "", "", "m")
a("He showed us a video of what happened to the last one who ran.", "IT", "", "", "m")
a("We are not allowed past the gate unless Ion is with us.", "RM", "rmv et", "", "m")
a("Promised hotel work in London, ended up on a flower farm in Lincolnshire.", "DE", "", "L", "m")
a("Rent and food get added each week so it never goes down.", "DB", "", "", "m")
a("Owe £12,000 for the boat, the boss says two years of work.", "DB", "", "L", "m")
a("Nobody knows where I am. I don't know the name of this town.", "IS", "iso", "", "m")
a("The girls at the car wash on the A12 have no coats in the snow, they sleep in the container.", "AC", "saw pa", "L", "m")
a("""Debrief extract - interview with a potential victim, conducted at a reception centre in Norwich. Interpreter (Vietnamese) present. Summary by the debriefing officer:

He states he is 16. He left Quang Binh after his father borrowed money from a local man to pay for his journey, said to be 40,000 USD. He travelled through Russia, then by lorry through Europe. In France he was kept in a camp near Dunkirk and then put in a small boat. A man met him on the beach and drove him to a house in Norfolk.

At the house he was shown how to water the plants and change the lights. The windows were covered and the door was locked from outside. Food was left once a week. He was told that his family would be 'visited' if the plants died. He did not have a phone. He did not know where he was until the police came.

He says two other boys were in a different house, he does not know where. He wants to know if his father is still in trouble with the lender.""",
  "AV DB RM IS IT AC", "rmv iso", "C", "h")
a("Message via force website: 'Not sure if this is anything. I drive a taxi in Cambridge. Last night I picked up a young woman from a hotel at 3am and took her to a house in Chesterton. A man paid, and he told her in the car that she had better not be late again. She didn't say anything. She looked very young, 15 maybe.'",
  "AV", "", "S", "h")
a("Kitchen porter (Nepali) at a restaurant in Stamford says manager shouts at staff and rotas change often. He is paid for all his hours, lives with friends, has his documents. Employment advice only.", "", "", "", "l")
a("INT 2/A/P. Source (worker) states gangmaster SAVA charges each new worker £250 'job fee' paid in cash on the first day in Wisbech, and that if they don't pay they are sent back to Bulgaria. Source paid and left after 2 weeks, was paid in full by the grower.", "", "uf", "", "l")
a("Woman (Eritrean, 40) at the church drop-in said her husband's friend who gave her a room in Peterborough makes her clean his house and his brother's house every day and mind 5 kids without pay, says she must because he pays the rent. She cannot read English and doesn't know where the council office is.",
  "AV WW", "", "D", "m")
a("Reporting a possible sham marriage. A Lithuanian woman (22) living with my neighbour's family in Boston is being made to marry a Pakistani man she met last week. She said in the garden that they have her ID card and will 'send her back with nothing' if she refuses. Wedding booked at the registry office next Thursday.",
  "RD IT AV", "dt", "C", "h")
a("Tipoff: lads on the strawberry farm near Kings Lynn are getting £2 an hour and living in a barn.", "WW AC", "plc", "L", "m")
a("Paramedic note: call to a caravan in Fleet Hargate, male (Ukrainian, 50s) with chest pain. Seven beds in one caravan, no running water. Co-occupants said the boss will not let them call an ambulance as it 'brings trouble'. Pt conveyed. Supervisor tried to stop crew leaving with pt.",
  "AC RM", "oca plc foa rmv", "L", "m")
a("The kid from the flat in the Ipswich towers, maybe 13, goes out at midnight on a bike and comes back at 4, a man from London comes every Friday and gives him a new phone. yesterday the boy had a cut face",
  "AV PV", "pa", "C", "h")
a("INT 2/B/P. SHEHU, Ervin uses Romanian women with children to beg outside supermarkets in Lincoln and Newark; takes the day's money from them in his car at 6pm. Children appear 3-6 yrs.",
  "WW AV", "ncw cedl", "C", "h")
a("Police Scotland request re a Filipino fisherman now in Grimsby: he states that on a Scottish prawn trawler he worked 20 hrs, was not paid for 3 months, skipper kept passport. Now on a different vessel, paid properly.",
  "EO WW RD", "lh dt", "L", "h")
a("My friend is 19 and from Nigeria. A 'pastor' paid for her to come to study in Norwich but when she arrived he said the college place was not ready and she must work as a cleaner in his house and his church. She gives all her money to him. She has not been to any college.",
  "DE WW", "ncw", "D", "m")
a("Neighbours in Spalding complaining about a Lithuanian family's bins. All adults work at the local packing firm. Nothing more.", "", "", "", "l")
a("Welfare visit to a cannabis grower (British, 44) arrested in Skegness: he says he grew it himself for his own use and sale. No coercion.", "", "", "", "l")
a("""Statement (extract) of a hotel housekeeping supervisor, Hunstanton:

'In June we took on four housekeepers from an agency called [redacted]. They were Romanian ladies, very quiet. They always came in the same car, a grey Skoda, driven by a man who waited in the car park for the whole shift. At the end of the shift he took them away. They were never allowed to eat in the staff room with the others; he brought them bread. One of them, Maria, cried in the linen room and said in English "no money, he take all". She showed me a bank card with somebody else's name. On another day she had a bruise on her cheek. I reported it to my manager who rang the agency, and the next day the ladies did not come back.'""",
  "WW RM PV IS", "et ncw pa rmv iso", "L", "h")
a("Suffolk Constabulary control room: 999 call from a female, heavily accented, says 'they lock me, please, the house with the blue door, Felixstowe, near the port'. Line cut off. Cell site located.",
  "RM", "rmv", "", "i")
a("A woman from the Romanian church in Wisbech told us she knows people who were told they'd earn £2,000 a month in a meat factory, then were given £30 a week for 'food and bed'.", "DE WW", "", "L", "m")
a("Council housing officer: tenancy check in Lowestoft, tenant (British, 71) has a lodger who helps with shopping. Both happy, lodger pays rent. No concerns.", "", "", "", "l")
a("A&E, Lincoln County: female (Romanian, 21) with injuries consistent with assault, says 'fell'. Male companion insisted on staying, said he is her 'manager'. She asked nurse quietly if the police could help her get her passport back from him.",
  "PV RD", "pa sfw dt", "", "h")
a("INT 2/B/P - OIC DS KHAN. Intelligence indicates a kidney broker operating from a travel agency in Leicester sends British Pakistani and Indian men to clinics abroad; recipients pay £40,000, 'donors' (indebted, unemployed) paid £3,000-£5,000 after being told £15,000. One donor from Peterborough seriously ill.",
  "DE AV", "", "O", "h")
a("he made me do everything cook clean iron his clothes and his brothers' clothes since I was 14, now I am 17, I never went to school in England, they say I am lucky they took me", 
  "AV", "", "D", "h")
a("Wisbech PCSO note: engaged with 3 Latvian men outside Tesco at 2100. They say they are waiting for a lift home after a shift at a food factory; the driver is their friend and charges £3. All had their phones, IDs, and spoke freely.", "", "", "", "l")
a("Rang 101 because the Chinese restaurant staff in Huntingdon live upstairs 10 to a room and the owner takes their pay to 'save'", "AC WW", "oca ncw", "L", "m")
a("GP note: pt (Polish, 33) requests fit note for back pain, works 12h shifts in a warehouse near Peterborough, 6 days a week through agency. Says she chose extra shifts. No safeguarding concerns.", "", "", "", "l")
a("Charity caseworker: Eritrean minor (16) placed with an 'aunt' in Cambridge by a smuggler. 'Aunt' has him work at her cousin's barber shop 10 hrs a day for no pay, and he must hand his Home Office letter to her.", "AV WW RD EO", "dt lh", "L", "h")
# ---- batch 5 (intel-log heavy)
a("INT 2/B/P. VRM AY68 KZT (silver Vauxhall Vivaro) seen Felixstowe dock gate 0300hrs collecting 4 males from a lorry park, driven to Ipswich. INT suggests males are new arrivals for car wash network run by DEMAJ brothers. No further detail.", "", "", "L", "m")
a("INT 3/C/P. POI LUCA, Petru, nom 'Piti'. Believed to run a begging ring in Norwich city centre using elderly Roma women with disabilities; they are dropped on London St at 0800 and collected 1900. Women said to sleep in a garage at his address with one mattress between three.",
  "AV AC", "cedl et plc", "C", "h")
a("INT 1/A/P. Officer observed at 0515 a minibus VRM SN17 HUF pick up 14 workers at Chatteris Market Place. Workers spoken to: employed by a licensed provider, paid hourly into own accounts, transport free. Nil concerns.", "", "", "", "l")
a("INT 2/C/P. Female known as 'Lili', Chinese, approx 30, works in a pop-up brothel moved weekly between Cambridge, Bedford and Peterborough. Source states she has no passport ('the uncle has it'), has never been outside except to move flats, and sends nothing home because 'debt still 30,000'.",
  "RD RM DB", "dt rmv", "S", "h")
a("INT 2/B/P. Male STANCU, Nicolae (DOB 02/12/1990) holds 23 bank cards in names of workers at a Lincolnshire vegetable processor. Seen on CCTV at Tesco Boston ATM 02/11 23:40 making withdrawals for 50 mins.", "WW", "mbc ncw", "L", "m")
a("""INT 2/B/C (not to be disseminated to Immigration Enforcement without MSU authority)
Location: commercial unit, Fengate industrial estate, Peterborough.
Source states that approx 15 males of Indian and Afghan origin work in a clothing warehouse, packing and relabelling garments for online retailers. Hours reported as 0700-2300 Mon-Sat and half of Sunday. Workers sleep on camp beds on the mezzanine and cook on a single hot plate. Most have no leave to remain and the owner (KAUR, Jasvinder, DOB 1971) reminds them 'you know what happens if immigration comes'. Pay reported as £150 per week, in cash, with £40 deducted for 'food'.
Source also reports that a nearby unit has a fork-lift being used without training; this is a separate H&S issue.
Source not previously tested.""",
  "EO AC AV IT", "lh saw foa", "L", "h")
a("INT 3/C/P: unverified - TikTok account 'ukjobs_4u' offering Albanian men 'bus driver' jobs in Norfolk with accommodation; two men who went are now believed to be in cannabis grows in Thetford.", "DE", "", "C", "m")
a("INT 2/B/P. Young male, Vietnamese, approx 14, seen working in a nail bar in Kings Lynn during school hours. Owner NGUYEN, Thi says he is her son. No school registration found.", "AV", "", "L", "h")
a("INT 2/A/P. IP (Slovak, 45) reports that his employer RAKOCI took his ID card on the first day 'for the agency' and has refused to return it for 5 months. IP paid correctly; otherwise no concerns.", "RD", "dt", "L", "m")
a("INT 2/B/P. Address in Leiston used by a family of British nationals who keep two vulnerable adults (brothers, 30s, learning disabilities) doing gardening and driveway work for cash customers. Brothers sleep in a shed; family keeps all the money and the brothers' benefit cards. A neighbour saw one brother beaten with a rake handle.",
  "AV AC WW PV", "plc ncw", "L", "h")
a("INT 3/C/P. Ukrainian woman on Homes for Ukraine scheme in a Suffolk village is said to be doing all housework for the sponsor family and working unpaid in their shop. Sponsor holds her BRP. Visit arranged.", "WW RD AV", "dt", "D L", "h")
a("INT 2/B/P. Lincs: Four female Romanians believed working in a Lincoln brothel. Female KIS, Anca told source she came for a job in a bar but 'the bar was this'.", "DE", "", "S", "h")
a("INT 2/B/P. Nom DUKA. Controls 3 boys (14, 15, 15) from Norwich running drugs to Cromer and Sheringham, pays them in trainers and weed. One boy was made to plug drugs internally.", "AV PV WW", "", "C", "h")
a("INT 3/D/P: caller alleges that a Polish lorry driver is 'a slave' because he sleeps in his cab at Felixstowe. Enquiries: self-employed HGV driver, this is normal for long haul, no exploitation.", "", "", "", "l")
a("INT 2/B/P. GLAA referral: gangmaster ILIESCU deducts £3 per day 'for knives' and £25 for waterproofs from pickers' pay in a Norfolk apple orchard. Workers otherwise paid to own accounts.", "", "ppe", "L", "m")
a("INT 2/A/P. Victim TOADER, Vasile (Romanian, 39). States he worked for 14 months on farms near Holbeach for BOGDAN. Never paid in cash; BOGDAN told him his money was being saved to buy him a house in Romania. No house was bought. TOADER has only the clothes he wears and a carrier bag.",
  "WW DE", "fpe ncw", "L", "m")
a("INT 2/B/P. Sightings of a young Black female (possibly Nigerian, possibly under 18) at a house in Luton Rd, with different men arriving every hour; source overheard a man telling her 'you pay the madam first'.", "AV WW", "ncw", "S", "h")
a("""INT 2/B/P
Re: Operation [redacted], Boston.
1. Source reports that workers supplied by MIHAI, Florin to a salad packhouse are told at interview in Romania that accommodation is free and that they will work 40 hours. On arrival they are charged £90 per week for a bed in a shared room (5 per room) at an address on Norfolk St.
2. Hours are in practice 60-70 per week, including nights; source states workers who refuse overtime are 'sent home without the fare'.
3. MIHAI's partner, SIMA, Roxana, keeps workers' passports in a drawer at Norfolk St 'so nobody loses them'.
4. A worker named CATALIN was slapped by MIHAI in the kitchen in September after arguing about his pay.
5. Source believes the packhouse management is unaware.
Risk: workers currently at address. Recommend joint visit with GLAA.""",
  "DE AC EO IT RD PV", "oca lh dt", "L", "h")
a("INT 3/C/P: woman in Skegness said to be held by her husband's family and made to work in their café unpaid and not allowed out alone. Married in Pakistan at 17.", "WW RM AV", "rmv", "L D", "h")
a("INT 2/B/P. Mobile 07700 900456 used to advertise 'Asian girls' in Peterborough, Northampton and Kettering; same number rings Vietnam daily. Linked to premises at Lincoln Rd already known for cannabis.", "", "", "S", "h")
a("INT 2/B/P. Man approached in Norwich by outreach says he came from Romania to pick asparagus, got injured, was dropped at the hospital by the gangmaster who kept his passport and his last month's pay. He has nowhere to live.", "RD WW", "dt pa", "L", "m")
a("INT 1/B/P: Organ harvesting allegation. Moldovan man in Spalding says a countryman offered to pay his debts if he travelled to Istanbul to give a kidney and threatened his children when he pulled out. Man not travelled.", "IT AV", "", "O", "h")
a("INT 3/C/P: rumour about forced labour at a cheese factory in Suffolk; GLAA visited 03/03, all staff direct employees, no indicators. Filed.", "", "", "", "l")
a("INT 2/B/P. 19yo British female with learning disability from Grantham being groomed by an older man who 'manages' her OnlyFans and keeps her phone. She told her social worker she 'has to do what he says or he'll leave her'.", "AV IS WW", "ncw", "S", "h")
a("INT 2/B/P. Address on Tower Hill, Lowestoft. Fishing crew (Filipino, Ghanaian) housed 8 to a 2-bed flat by vessel owner, £120 pw each deducted from their wages, owner holds their seaman's books.", "AC RD", "oca dt", "L", "m")
a("INT 2/C/P. Eritrean boys (16-17) working in a Cambridge car wash owned by HABTE who 'paid the smugglers' for them; boys told they owe £4,000 each, work 7 days, sleep in flat above. One boy has not had a phone since arriving.",
  "AV DB EO IS", "lh", "L", "h")
a("INT 2/B/P. Woman (Polish, 60s) with dementia in King's Lynn: her carer's son is using her house and her bank card, and has moved two men into her spare room. Financial abuse of a vulnerable adult; no exploitation of labour.", "", "ncw", "", "l")
a("INT 2/B/P. Nominal BAJRAMI seen collecting 5 Albanian males from a house in Thetford at 0500 and returning 2200 in VRM WU20 NVC. Males work on construction site in Attleborough. BAJRAMI collects their wages from the site manager in cash.", "WW", "cedl et ncw", "L", "m")
a("INT 3/C/P. Grantham: reports that workers at a car wash are 'not allowed to go inside the shop'. Visit found staff can use the shop, all have contracts. NFA.", "", "", "", "l")
# ---- batch 6 (public reports and partners)
a("THE CAR WASH AT THE ROUNDABOUT IN STOWMARKET IS A DISGRACE!!! LADS WORKING IN FLIP FLOPS WITH CHEMICALS NO GLOVES NO MASKS, THEY SLEEP IN THE CABIN, BOSS TURNS UP IN A RANGE ROVER TAKES THE CASH AND GOES. SOMEBODY DO SOMETHING",
  "AC WW", "saw ncw", "L", "m")
a("hi i think my sister is trafficked she went to work in a hotel in england but they took her to a flat in norwich she says she has to do 'massages' she dont have her passport no more and she cry every time i talk to her", "DE RD", "dt", "S", "h")
a("There are lots of east european men at the bus stop at 5am in Holbeach every day, it's just the way farm work is round here, they look fine", "", "cedl", "", "l")
a("dunno if this matters but the nail place in Grantham the girls are only about 15 and they're there at 9pm on a school night", "AV", "", "L", "h")
a("Not a crime just a moan, the new warehouse on the A1 has 300 agency workers and the traffic is awful at shift change.", "", "", "", "l")
a("my mate did a season on a farm in herefordshire with the seasonal worker visa, he paid £2000 to an agent in Kyrgyzstan, got 3 weeks work then sent home. still paying off the loan at home", "DE", "uf", "", "m")
a("There is a man living in a van on a field near Downham Market, he works for the travellers on the site next door, they shout at him and I saw him with a bloody nose, he is not right in the head I think, doesn't know what day it is",
  "AV PV", "pa plc", "L", "h")
a("I want to report my uncle who says he is bringing a girl from India to marry my cousin, she is 16 and he says she can work in the shop when she arrives", "AV", "", "", "h")
a("Report: The old pub in Thetford - upstairs windows boarded, strong smell of weed, there's a young Asian lad who comes out to smoke and runs back in if anyone looks at him. never seen him walk anywhere", "RM", "rmv", "C", "m")
a("A woman knocked on my door in Lincoln at 2am with no shoes, Romanian I think, said 'please, they hit me, the man took my passport'. I let her in and called 999, she is with me now and says there are two more girls in the house across the road.",
  "PV RD", "dt pa", "S", "i")
a("Ive been a foreman on farms for 20 years, the firm i work for now is brilliant, everyone gets payslips, nobody pays a penny to get a job, if anyone did I would report it myself", "", "", "", "l")
a("The domestic helper at no 4 is a Sri Lankan lady, the family went to Dubai for a month and left her locked in the house with food, I can hear her talking to me through the letterbox", "RM IS", "rmv iso", "D", "i")
a("Posting for a friend: he got a job via Facebook at a meat factory in Norfolk, the 'agent' wants £500 for the job and £300 for the house before he starts. is that legal?", "", "uf", "", "l")
a("What kind of people leave 10 blokes in a caravan with no heating in january?? Terrington St Clement, farm off the main road. they walk to the fields at 6 and come back in the dark", "AC", "oca plc", "L", "m")
a("Salvation Army first responder note: Man (Polish, 55) presented at the soup kitchen in Peterborough with only the clothes he wore and a plastic bag. He said he had been doing labouring for a man who 'found him' at the station and kept his wages to 'pay off the room'. He has no ID; the man took it 'to get him a bank account' and never gave it back. He has a drinking problem and the man supplied vodka daily.",
  "WW RD AV DB", "fpe dt ncw", "L", "h")
a("School safeguarding (Norwich): 16 yo female told a teaching assistant that her stepfather's friends come round and she has to 'entertain' them and her stepfather gets paid. She has marks on her neck.", "AV PV WW", "pa ncw", "S", "i")
a("Referral from the council's adult social care: man (British, 52, learning disability) found living in a shed in the garden of a family in Wisbech who say he is a 'friend'. He does all their housework and gardening, eats after them, has no money of his own. He said 'I'm not allowed in the house at night'.",
  "AV AC WW RM", "plc rmv", "D", "h")
a("GLAA compliance note: labour provider in Peterborough using workers' bank accounts correctly; however one team leader was found charging £5 per day transport. Warned, refunds ordered. No forced labour indicators.", "", "ct", "", "l")
a("Bank (AML) note: 6 new accounts opened at Kings Lynn branch on the same day for Bulgarian men, each accompanied by the same man who answered all questions and gave his own phone number and address for every account.", "", "sfw ncw", "", "l")
a("Housing association: tenant in Ipswich has let 12 people stay in a 2 bed flat; they are Sudanese asylum seekers working at a car wash whose owner pays the tenant their 'rent' directly from their wages. They look exhausted and one said the work is 'every day, all day'.",
  "WW EO AC", "oca ncw lh", "L", "h")
a("Health visitor: mum (Chinese, 28) with newborn living above a takeaway in Lincoln. She works in the kitchen 14 hours a day, 7 days, with the baby in a box by the fryer. Says the owner 'brought her over' and she must pay back £25,000.", "EO DB AC", "lh saw", "L", "h")
a("Anon: Cambridge college porter here. Overseas student asked me if it is normal that her landlord keeps her passport. I told her no and to ask for it back, she did and got it the same day. all fine now.", "", "", "", "l")
a("Interpreter's note (Arabic): He says that in the warehouse near Felixstowe he was working 15 hours and the agency man told him if he takes a day off they will tell the Home Office to cancel his asylum claim.", "EO IT AV", "lh foa", "L", "h")
a("Police officer's handover: Ely Rd, Littleport. Visited re welfare of 4 Romanian workers after tip-off. All living in a rented house, contracts with a licensed provider, own bank cards, free to move. One worker had a pay dispute about missed overtime last month, the employer paid it after a week. No further action.", "", "", "", "l")
a("Call summary: woman calling from a service station on the A14 says her husband has sold her to another man who is making her work in his takeaway in Newmarket and sleep with him. She is in the toilets now and scared to go back to the car.", "PV", "", "L S", "i")
a("Press summary (local paper): Two men from Lincolnshire were jailed at Lincoln Crown Court for forcing 18 Polish men to work in a recycling plant. The court heard the victims were paid £20 a week, lived in rat-infested houses, and were told they would be 'buried' if they went to police.", "WW AC IT", "plc", "L", "h")
a("Press summary: A Suffolk nail bar owner was fined for employing two people without the right to work. The court heard both were paid the minimum wage and lived independently. No trafficking charges.", "", "", "", "l")
a("Press: Cambridge man jailed for keeping a woman from Bangladesh as a domestic slave for 8 years, making her work from dawn to midnight and never letting her leave the house alone.", "EO RM", "lh rmv", "D","m")
a("Facebook group post screenshot forwarded to police: 'Looking for 10 boys for work in UK, £2000 per month, accommodation included, pay ticket later from salary. message me'. Account in Romanian.", "", "", "", "l")
a("GP note (Boston): pt (Lithuanian, 44) attended with hands cracked and bleeding. Says she works in a flower packhouse 'from 5 till 9' with no breaks, lives in room provided by supervisor who 'keeps her card to pay bills'. Could not tell me her address.", "EO WW IS", "lh ncw iso pa", "L", "h")
a("Police officer note: Norwich, street begging. Male (British, 35, homeless) begging on Gentleman's Walk. Spoke to him, he begs for himself, no one controlling him. Signposted to St Martins.", "", "", "", "l")
a("My daughter (17) has been offered a 'modelling' job in Manchester by a man on Instagram who wants her to travel tonight and says she mustn't tell us. He sent her train tickets.", "AV DE", "", "S", "i")
a("NGO (Hope for Justice) casenote: client (Slovak, 28) was housed by his 'employer' in Lincoln; when he asked for his wages the employer's sons beat him and locked him in the cellar for two days. Client escaped via a window.", "PV RM WW", "rmv", "L", "h")
a("Salvation Army: client (Vietnamese, 22, female) says she was told she'd work in a nail salon in London to repay £28,000 journey debt; instead kept in a flat in Peterborough, made to have sex with men; the 'boss' holds her phone except for one monitored call a week.", "DE DB RM IS PV", "rmv iso", "S", "h")
a("Private fostering concern (Ipswich): girl (Nigerian, 13) living with a 'family friend' who says she is a niece. Girl does all housework, cooks for the household of 7, doesn't attend school and sleeps on the kitchen floor.", "AV AC", "saw", "D", "h")
a("Staff at a Cambridge hotel reported that a man booked rooms for 2 young women, who received men throughout the night. One woman told the receptionist she's from Hungary and 'has to make 1000 tonight for him'.", "", "", "S", "h")
a("Caller (101): there is a woman outside Morrisons in Grimsby selling the Big Issue who told me a man takes all her money at the end of the day and she sleeps in his van", "WW", "ncw", "C", "m")
a("Farm in north Norfolk, Seasonal Worker visa. Scheme operator audit: 60 Central Asian workers, caravans 4 per unit, heated, payslips show correct pay, no recruitment fees found. Two workers complained about lack of hours in a wet week. Advice given.", "", "", "", "l")
# ---- batch 7 (long texts)
a("""Officer's report following a welfare visit, Long Sutton, 06:10.

We attended a farmyard following a call from a lorry driver who said men were sleeping in a barn. In the barn were eleven men, Romanian and Moldovan, on pallets and sleeping bags. There were two camping stoves, no toilet (they use the hedge) and a hosepipe for washing. It was 3 degrees.

The men said they were brought in a minibus three weeks ago by a man called 'Sandu' who found them the work on the promise of a house with beds. They are paid by the grower through Sandu, who gives them £25 each on a Saturday and says the rest covers 'the house, the bus and the debt from the journey'. None of them had their passports; Sandu 'has them for the payroll'. Most had only the clothes they stood in.

The grower, present, was shocked and said he paid Sandu's company £11.50 an hour per worker and thought they lived in town.

The men were taken to a reception centre. Sandu was not present; his phone number was obtained.""",
  "DE AC WW DB RD", "plc oca ncw dt fpe", "L", "h")
a("""Public report via online form (spelling as written):

hello i am writing becuase i am worried about my neighbour, she is a chinese lady maybe 40 she lives in the flat with a old man who is not her husband. she cleans for him and cooks and does his shop and i think she also cleans for his son in the next street. i never see her with any money, the man pays at the shop always. last week she was crying on the stairs and she showed me on her phone a translation that said "he will not give my passport, i want go home". she was scared he would see. i dont want to get her in trouble. she has been there about a year. she never goes out except for shopping with him.""",
  "RD RM WW", "dt rmv ncw et", "D", "h")
a("""Debrief summary (female, Albanian, 23), taken at a safe house in the East of England by a specialist officer:

She met a man called Erion on Instagram in 2023. He was kind, he said he loved her, and he suggested they make a life in London. Her parents did not approve. She left with him by lorry via Belgium. In the UK he took her to a flat in Luton and said the journey had cost £15,000 and she must help repay it. Initially he asked her to 'be nice' to his friends; later she was advertised online and driven to hotels in Cambridge, Bedford and Peterborough most nights.

She was not given any money; Erion kept it 'for their future'. When she refused one night, he punched her and held her head under a running tap. He told her that if she went to the police, photos of her would be sent to her father and she would be deported to Albania where his cousins would be waiting.

She could go to the shop but only with his friend. She had a phone but he checked it every night. She escaped when a hotel receptionist called police.""",
  "DE DB WW PV IT RM", "et rmv foa", "S", "h")
a("""Licensing inspection (Breckland Council), House in Multiple Occupation, Swaffham.
The property has 7 bedrooms let to 9 tenants, which is within the licence. Fire doors in place; one extinguisher out of date. Tenants are Portuguese and Polish, employed by a food factory on permanent contracts, and pay rent to the landlord by standing order. Tenants interviewed individually; they have their own documents, their own accounts and come and go freely. The landlord is not connected with their employer. One tenant complained of a broken boiler, which has now been repaired. Outcome: minor works notice, no safeguarding concerns, no modern slavery indicators.""",
  "", "", "", "l")
a("""Intelligence summary, 2/B/P, OIC DS FARROW.

Op [redacted] - county lines 'Deano' line operating London to Great Yarmouth.
- Line holder believed to be ADEBAYO, Tunde (DOB 2001), based in Lewisham.
- Three runners identified: two boys aged 15 and 16 from Lewisham, and a 17-year-old girl from Great Yarmouth reported missing by her mother twice in October.
- Runners are housed in the flat of a local woman (heroin user, 41) who receives free drugs in return; she has told a drug worker she is 'scared to go into my own kitchen'.
- Runners are told they owe money for any lost or seized drugs. The 16-year-old was stabbed in the leg in August after a 'loss'.
- Phones: 07700 900789 (deal line), 07700 900233 (ADEBAYO personal).
- The 17-year-old is believed to be at the flat now.
Recommend: safeguarding strategy meeting today; warrant application.""",
  "AV DB PV IT", "", "C", "i")
a("""Victim's own words (typed by support worker, Cambridge):

I come from Sudan. In Libya the men kept me in a warehouse and beat me until my family send money. In France I slept in the jungle. I came in the boat. The Home Office put me in a hotel in Peterborough. A man from my country come to the hotel and said he have job for me, cash, car wash. I went. Now I work there, it is fine, he pays me each day £70, I go back to hotel at night. He does not take my papers. I know it is not allowed to work but I need to send money to my mother.""",
  "", "", "", "l")
a("""GLAA Intelligence Report (summary)
Subject business: mushroom farm, Lincolnshire. 
Information from two workers who left in September:
- They were recruited in Bulgaria by a woman who charged them 400 leva each for 'documents' and promised £12/hr.
- On arrival they signed contracts in English they could not read; the farm pays the agency, the agency pays them. Actual pay was piece rate, averaging £6/hr.
- The agency supervisor, known as 'Ivo', keeps a list of 'debts' for each worker - housing, bus, gloves, knives, phone top-up - which is taken from each week's wages. One worker received £18 for a 55 hour week.
- Housing: a 3-bed house in Bourne for 11 people, supplied by Ivo.
- When one worker said he would complain to the farm manager, Ivo said 'you will not work anywhere in England'.
Workers left together at night and went to Coventry.""",
  "DE DB WW AC IT AV", "uf ppe ct oca ncw", "L", "h")
a("""Note of a phone call with a Lincolnshire primary school headteacher:
Head reports that a Year 5 boy (9) told his teacher that his older cousin, 18, 'lives in the garage and works for dad'. On a home visit the social worker found the cousin, recently arrived from Romania, living in the garage with a camp bed, who said through a neighbour interpreting that he helps his uncle with building work and gets food and 'some money sometimes'. He has his own ID card and a phone. He said he is happy and wants to save for a car. Social worker found the garage insulated and heated. Assessment: family arrangement; no indicators identified at this stage; will review in a month.""",
  "", "", "", "l")
a("""Intel log 3/C/P - multiple strands (Peterborough):
(a) Neighbour reports a takeaway delivery driver who lives in his car - checked, he has a room but sleeps in car between shifts by choice. NFA.
(b) Community source states women from a Roma family on Gladstone St are 'sold' into marriage in the UK for £10-20k to men needing EU status; the latest, aged 16, was married in September and is 'kept at home' by the husband's mother and does all the cleaning for three households.
(c) Shoplifting crew working Queensgate - adults, believed independent.""",
  "AV RM", "rmv", "D", "h")
a("""Statement of worker (translated from Lithuanian), Spalding:

I work at the packhouse through [agency]. The agency is OK. The problem is the house. The man who rents us the house is also our team leader. He says if we want to keep our jobs we must live in his house, £100 a week each, 4 in a room, and he decides who gets the good shifts. If someone complains, that person gets no shifts next week. I am paid into my account, I have my passport. I am not a prisoner, but I feel like I cannot say no.""",
  "AC IT", "oca", "L", "m")
a("""Organ harvesting - referral from a renal unit (Norfolk):
A 37-year-old man (British Pakistani) presented post-nephrectomy performed abroad. He states he travelled to a clinic in [country] where he 'donated' a kidney to a stranger after a man in Bradford offered to clear his £18,000 gambling debt. He was told he would be looked after, but he was discharged the next day and flown home with a wound infection. He was not paid the remaining money and the man now says he owes more for the flights. He is frightened and says the man knows where his children go to school.""",
  "AV DE DB IT", "pa", "O", "h")
a("""Call handler notes, 999, Lincolnshire, 03:40:
Male caller, poor English, says he is in a house with 6 other men, they work on a potato farm, tonight the boss came drunk and hit his friend with a bottle, friend bleeding from the head. Boss has gone but said he will come back 'and kill all of you' if anyone calls police. Caller does not know address; says it is near a church and a big grain silo. Location obtained from the call. Ambulance and police dispatched.""",
  "PV IT IS", "pa iso", "L", "i")
# ---- batch 8 (final mix)
a("INT 2/B/P. POI GHEORGHE drives workers from Wisbech to a Cambs packhouse, charges each £7/day, also sells them boots and gloves at £40 a set deducted from pay. Always translates for workers at the gate.", "", "ct ppe sfw", "L", "m")
a("INT 3/C/P. Lad at the car wash in Haverhill has one bag of clothes and nothing else, says he sleeps 'at work'.", "", "fpe saw", "L", "m")
a("INT 2/B/P. Kettering Rd flat (Peterborough) - 4 Romanian women, one suitcase between them, ads on Vivastreet, driver VRM LD15 XPE. Women never seen out alone.", "RM", "fpe rmv et", "S", "h")
a("INT 2/B/P. Safeguarding - 15yo male (Afghan, UASC) missing from foster care in Huntingdon found working in a barber shop in Luton for cash, sleeping on the premises. Owner says he 'helps out'.", "AV", "saw", "L", "h")
a("INT 1/A/P. Officer observed nominal PLESCA withdraw cash from ATM on Broad St, Spalding, using 11 different cards in succession, 22:05-22:20 on payday.", "", "mbc", "", "l")
a("INT 2/B/P. Source: Cambs hand car wash - 6 Kurdish males. Owner HASSAN takes £200 a week 'rent' from each for a room above a shop. Males say they're paid £60/day, work 9-6, have own phones and docs.", "", "", "", "l")
a("INT 3/C/P: claim that a Felixstowe haulier makes drivers work 20 hr days; DVSA tachograph check shows hours within limits. NFA.", "", "", "", "l")
a("INT 2/B/P. Female (Thai, 45) at massage premises in Boston says 'owner' keeps her passport and she owes £9,000 for visa and flight; pays £500/wk off it from her earnings.", "RD DB", "dt", "S", "h")
a("INT 2/B/P. Nominal KRASNIQI recruits homeless British men in Norwich to sign for Universal Credit at addresses he controls, then keeps the payments and their bank cards. Men are given somewhere to sleep and alcohol.", "AV", "ncw mbc", "C", "m")
a("INT 2/A/P. IP (Sudanese, 20) says he works at a Lowestoft car wash 12 hrs a day, 7 days; the owner put him up with 8 others in a 2-bed flat and took his phone 'so he can't call the smugglers'. He does not know the address.", "EO AC IS", "oca", "L", "h")
a("INT 3/D/P: allegation that a curry house in Stamford keeps chefs as slaves; checks show all staff on Skilled Worker visas paid correctly, hours 45/wk, own accommodation. Malicious report by competitor assessed.", "", "", "", "l")
a("INT 2/B/P. Two Vietnamese women working in a nail bar in Bury St Edmunds arrive and leave in the owner's car at 0800/2100, 7 days a week, eat at the workstation, and sleep in the owner's loft.", "EO", "et cedl lh saw", "L", "m")
a("INT 2/B/P. Lincoln: Ghanaian woman (29) in a private household as a carer for an elderly man; family pay her £200 a month 'into her account back home' which she cannot check; she works 7am-11pm with no days off.", "WW EO", "ncw lh", "D", "m")
a("INT 2/B/P. VRM YX21 ABC seen leaving a farm near Walpole St Andrew at 0430 with 9 people in the back of a Transit with no seats.", "", "cedl", "", "l")
a("101: my husband's boss rang and said if he doesn't come back to work tomorrow he'll report him to immigration and tell them he's illegal. My husband is here legally on a visa but is scared.", "IT", "foa", "", "m")
a("Report: the man who runs the caravan park near Skegness makes the Polish workers pay him for their jobs at the fairground. They pay £150 each. he keeps the money.", "", "uf", "", "l")
a("Online: saw on Facebook marketplace a 'room' being sold with a 'job included' in a car wash in Norwich £600 upfront. Scam or worse?", "", "uf", "", "l")
a("omg the guy at the takeaway on the high street in march is always there, he looks sooo thin and dirty i feel really bad for him", "", "pa", "", "l")
a("I am writing on behalf of my brother who is in Boston. His boss has his passport and his bank card and gives him £30 a week. He works in the fields from 5 in the morning. He is afraid to talk to police because they told him police in England beat migrants.", "RD WW", "dt ncw cedl foa", "L", "m")
a("My cleaner (Brazilian) told me today that her friend is being made to work for free in a family home in Cambridge and has been told she'll be arrested if she leaves the house. I have the address.", "WW IT", "foa", "D", "m")
a("Text from a worker to a union rep: 'they take 25 for the jacket and 15 for boots every month even if you have them already. and the bus is 6 a day. we work 12 hours.'", "EO", "ppe ct lh", "L", "m")
a("Lincolnshire County Council adult safeguarding: concerns for a 67-year-old man (Irish Traveller background) who has worked for a family on the same site for 30 years for no wage, sleeps in a cold trailer, and has been assaulted when he 'answered back'. He says he has nowhere else to go.", "AV WW AC PV", "plc", "L", "h")
a("Hospital note (Peterborough City): female, Chinese, 35, admitted with severe abdominal pain. Says she works in a 'beauty shop' and lives there. Male visitor 'boss' attempted to discharge her against advice and took her phone from her bedside.", "IS RM", "saw iso rmv", "","m")
a("Young man (20, Albanian) attended voluntarily at Norwich police station saying he wants to leave a cannabis farm in Dereham. He was told he owed £20k for the journey, was locked in with the plants, and when he asked for money he was told 'your sister is in Tirana, we know where'.", "DB RM IT", "rmv", "C", "h")
a("Trafficking Advice and Support (charity) note: client (Romanian, 31) says the friend who helped her come for a job in a Spalding factory took £300 for 'finding work' and the first week's rent. She is paid directly, has her ID and moved out after 2 weeks. Advice on fee recovery.", "", "uf", "", "l")
a("Midwife: pt (Albanian, 20, 22/40) accompanied by 'cousin' who would not leave. Pt's booking address was a car wash. Pt later disclosed she is made to sleep with men in a flat above the car wash and the cousin takes all the money.", "PV WW", "sfw ncw", "S", "h")
a("A&E Norwich: male (Polish, 50) attended with frostbite to toes. Lives in a tent near the railway, works cash-in-hand for different gangmasters when he can. No one controlling him, homeless by circumstance. Referred to housing.", "", "", "", "l")
a("Border Force, Felixstowe: refrigerated lorry from Zeebrugge, 9 males (Eritrean, Sudanese) found in the trailer suffering from cold. Said they paid smugglers in Belgium €2000 each; no onward arrangements known. Smuggling, no exploitation indicators.", "", "", "", "l")
a("Border Force, Stansted: female (Nigerian, 24) travelling on a visit visa to 'a church conference' had in her bag a contract written in Edo to pay 'Madam' €35,000 after arrival, and a lock of her hair with a juju oath note.", "DB IT", "", "S", "h")
a("Probation: PoP (British, 19) convicted of PWITS in Lincoln. Says he got into dealing when he was 15 to pay off a 'debt' after older lads said he'd lost their drugs; they slashed his arm when he tried to stop.", "AV DB PV", "pa", "C", "h")
a("Neighbour dispute, Boston: complainant alleges the Latvian family next door 'have slaves' because different men come and go. Visit: family runs a legitimate small building firm, 3 employees with contracts who live elsewhere. Complainant advised.", "", "", "", "l")
a("Au pair (Slovak, 19) in Newmarket phoned the Modern Slavery Helpline: host family pays her £40 a week not the £90 agreed, she works 60 hours caring for 3 children, and they have her passport 'for the insurance'. She can go out on Sundays.", "WW EO RD", "lh dt", "D", "h")
a("Kidney for sale ad found on a Romanian-language Facebook group: a man from Boston advertises 'healthy kidney, 25 years, serious offers'. Contacted by police: he says he is in debt to a moneylender who 'suggested' it and has his ID card as security.", "AV DB RD", "dt", "O", "h")
a("Ely: two Romanian teenage boys (15, 16) caught shoplifting razor blades in Tesco; an adult male in a car outside was seen taking the bag. Boys say they live with 'uncle' who sends them out each day and will beat them if they come back with nothing.", "AV IT", "", "C", "h")
a("INT 2/B/P. Residential address in Sleaford: Filipina housekeeper for a wealthy local family. Sources say she is paid properly, has her own flat in the annex, holidays home yearly. Previous report unfounded.", "", "", "", "l")
a("Woman in Wisbech told a PCSO her partner makes her work at a chicken factory and takes her wage card every payday, then gives her £20 'for the week'. She has two children. She says he is not violent.", "WW", "ncw", "L", "m")
a("Flat in Lincoln: drug user (British, 38) told outreach that a dealer lives with her and she can't ask him to leave; he says he'll tell social services she uses so her kids get taken.", "AV IT", "", "C", "m")
a("Caller reports workmen on a roof in Norwich with no scaffolding. HSE referral. Workers employed by a local firm. No exploitation.", "", "", "", "l")
a("Statement (Indian national, 34, student visa): 'A man at my temple found me a job in a sweet shop in Leicester. He said I must give him my passport to do the right-to-work check. I worked 80 hours a week, and at the end of the month he gave me £200 and said the rest was his commission. I was afraid to leave because of my visa.'", "RD EO WW AV", "dt lh foa", "L", "h")
a("Bank alert: 8 salary payments from a Norfolk packhouse paid into one account held by a person not employed there. The workers named on the payroll could not be contacted.", "WW", "ncw", "L", "m")
a("Charity hotline: caller says his friend from Eritrea is in a house in Ipswich where the owner makes the men hand over their phones every night and won't tell them where they are being taken to work.", "IS", "iso", "L", "m")
a("Officer handover: the woman we spoke to at the massage parlour in Grantham yesterday rang to say the manager has threatened to send her back to Thailand after she spoke to us. She is still there and wants help but is scared.", "IT", "foa", "S", "h")
a("Wisbech, follow-up visit: Latvian man who reported his boss keeps his ID card now says he got it back and has changed job. Happy with outcome.", "", "", "", "l")
a("INT 2/B/P. Cambs: Eastern European woman with visible learning disability collected from a hostel by BALOG each morning and driven to clean offices; hostel staff say she never has any money and BALOG collects her post.", "AV WW", "et ncw", "L", "m")
a("Referral (Barnardo's): 13-year-old boy in Peterborough going missing overnight, returning with cash and a cut lip; an older man has told him he owes £800 for a phone that was taken off him by police.", "AV DB PV", "pa", "C", "h")
a("Caller states the man from the recruitment agency offered her daughter (20) a job as a hostess in Dubai with free flights but wanted her passport posted to him in advance. Daughter hasn't gone; family suspicious.", "", "", "", "l")
a("Suffolk: a man has been standing on the same street corner in Ipswich for months collecting for 'a children's charity' in a bucket. Caller wonders if it's a scam. No further info.", "", "", "", "l")
# ---- batch 9 (short intelligence log lines)
a("INT 2/B/P. POI DRAGOMIR holds passports of 6 pickers, Outwell. Pickers paid via his a/c.", "RD WW", "dt ncw", "L", "m")
a("INT 3/C/P. Nail bar, Sudbury: staff live on premises, never seen leave. Unverified.", "RM", "saw rmv", "L", "m")
a("INT 2/B/P. Nom 'Bilal' runs 2 juv (15, 16) on Ipswich-Felixstowe line. Both MFH.", "AV", "", "C", "h")
a("INT 1/A/P. Packhouse, Holbeach: GLAA visit, all 80 staff paid correctly, nil indicators.", "", "", "", "l")
a("INT 2/B/P. Female, Romanian, 18, Spalding. Partner sells her online, takes earnings, hit her with a belt last wk.", "WW PV", "ncw", "S", "h")
a("INT 3/C/P. Caravan site Marshland St James - 30 workers, 1 shower block, gaffer charges £90/wk each.", "AC", "oca plc", "L", "m")
a("INT 2/B/P. VRM KP66 TVO - silver Sprinter, used by KOVACS to move workers Lincs-Cambs. Escorts them to ATM on payday.", "", "et ncw", "L", "m")
a("INT 2/A/P. IP states 'boss says I owe £2,500 for the van and the room, I work 6 months and still owe £2,500'.", "DB", "", "L", "m")
a("INT 3/D/P. Anon claim re forced labour at Bury car wash. Visit: staff on PAYE, own docs. NFA.", "", "", "", "l")
a("INT 2/B/P. Vietnamese male found in roof space of cannabis grow, Corby Glen, 0630 today. Door bolted outside. Says 'they come back tonight'.", "RM", "rmv", "C", "i")
a("INT 2/B/P. DOB 09/09/2008 female, Norwich, MFH 3 days, seen with adult males at a Yarmouth hotel.", "AV", "", "S", "i")
a("INT 2/B/P. Domestic worker, Filipina, Cambridge - employer has her passport, she gets Sunday off, paid in full. Advised re doc.", "RD", "dt", "D", "m")
a("INT 3/C/P. Men from Felixstowe HMO walked to port at 0500 for 14 hr shifts cleaning containers; one says 'no day off since March'.", "EO", "lh cedl", "L", "m")
a("INT 2/B/P. Lincoln: ALI, Sohail has IDs of 4 Afghan men; uses them for fraudulent UC claims; men given £20 pw.", "RD", "dt ncw", "C", "m")
a("INT 2/C/P. Ukrainian sponsor, Norfolk: guest reports all fine, own job and room. Closed.", "", "", "", "l")
dump()
