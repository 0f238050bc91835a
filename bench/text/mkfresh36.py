#!/usr/bin/env python3
"""Hand-written labelled texts (set 36: court, press, reviews, plus mixed sources).
Each entry is written individually; the abbreviations below only shorten the labels."""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DEC": "deception", "ROM": "restriction_of_movement",
       "ISO": "isolation", "PSV": "physical_sexual_violence", "IT": "intimidation_threats",
       "ROD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"PA": "physical_appearance", "IS": "isolated", "PLC": "poor_living_conditions",
       "OA": "overcrowded_accommodation", "SAW": "sleeps_at_workplace", "FPE": "few_personal_effects",
       "RM": "restricted_movement", "CE": "collected_early_dropped_late", "FOA": "fear_of_authorities",
       "UF": "upfront_fees", "DT": "documents_taken", "ET": "escorted_transport", "CT": "charged_transport",
       "LH": "long_hours", "PPE": "ppe_charges", "NCW": "no_control_of_wages", "SFW": "speaks_for_workers",
       "MBC": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}

ENTRIES = []
PAIRS = [("ROD", "DT"), ("ROM", "RM"), ("EO", "LH"), ("ISO", "IS")]

def T(text, ind="", sig="", typ="", risk=None, child=False):
    """risk: None -> derived from the written conventions; pass 'immediate' (or another) to set it."""
    ind, sig, typ = ind.split(), sig.split(), typ.split()
    # convention: a sign goes with its indicator when both are described
    for a, b in PAIRS:
        if a in ind and b not in sig:
            sig.append(b)
        assert not (b in sig and a not in ind), (text[:60], b)
    ENTRIES.append((text, ind, sig, typ, risk, child))

def derive(ind, sig, typ, child):
    if ("PSV" in ind or "S" in typ or child or len(ind) >= 3
            or ("IT" in ind and "ROM" in ind)):
        return "high"
    if ind or typ:
        return "medium"
    return "low"

# ---- part 1 ----
T("Sentencing at Lincoln Crown Court in March 2023, the judge told Marian STOICA, 41, and his son Gabriel, 22, that they had treated eleven Romanian men \"as commodities\". The men had been recruited in Bacau with promises of £9 an hour picking vegetables. On arrival their identity cards were taken \"for the payroll\" and never returned. Wages were paid into accounts opened in the workers' names but the bank cards stayed with the Stoicas, and the men received between £20 and £40 a week. Marian Stoica received six years and Gabriel four years and three months.",
  "DEC ROD WW", "DT NCW", "L")
T("Two brothers who ran a string of hand car washes across Kent were cleared by a jury yesterday of modern slavery offences. The prosecution had alleged the workers were controlled, but jurors heard that the men held their own passports, were paid weekly into their own accounts and several had left to work elsewhere without any difficulty. The brothers were convicted of a single count of failing to keep payroll records and fined £2,400.",
  "", "", "")
T("CPS case summary: Between 2019 and 2021 the defendant, Tran Van HUNG, arranged for at least four Vietnamese teenagers, the youngest 15, to be brought to the UK in the back of lorries. They were told their families owed £18,000 for the journey, which would be cleared by tending cannabis plants. The boys were kept inside converted houses in Bradford and Huddersfield, with windows boarded and doors padlocked from outside. Food was dropped off twice a week. HUNG pleaded guilty to s2 trafficking and conspiracy to produce cannabis.",
  "AV DB ROM ISO AC", "RM PLC", "C", child=True)
T("Press release, Greater Manchester Police, 14 June 2022: A 38-year-old man from Oldham has been jailed for eight years after he forced a woman he met online to sell sex from a flat in Rochdale. The court heard that he took every penny she earned, beat her when she said she wanted to stop, and told her that if she went to the police her son would be taken into care.",
  "WW PSV IT", "NCW", "S")
T("Inquest findings, 2021: Mr Piotr K., 47, died after falling from scaffolding at a residential site in Slough. The coroner found that he was employed directly by the contractor, was paid the going rate and had received induction and safety training, though the guard rail had been removed that morning by another trade. A narrative conclusion was recorded. No evidence of coercion or exploitation was found.",
  "", "", "")
T("A Bedfordshire couple who kept an Indian woman as an unpaid servant in their home for nine years were ordered yesterday to pay her £118,000 in compensation. The woman, who spoke no English, cooked, cleaned and looked after the couple's three children from 6am until after midnight. She slept on the kitchen floor and was never allowed to leave the house alone. Her passport was kept in the husband's briefcase.",
  "AV WW EO ROM AC ROD", "LH SAW RM DT PLC", "D")
T("Serious case review, Child K: K, aged 14, was repeatedly reported missing between January and August 2019. On several occasions she was found in the company of adult men in cars outside a takeaway. Professionals described her as 'making lifestyle choices'. The review found that K had been given alcohol, cannabis and a phone by the men and had been sexually abused in flats in the town centre on numerous occasions. Agencies failed to recognise this as child sexual exploitation.",
  "AV PSV", "", "S", child=True)
T("Sheffield Star: Nail bar owner Thi LAN, 36, was acquitted of holding a person in servitude after the alleged victim told the court she had come to Britain to join her cousin and had always been free to come and go. Ms Lan admitted employing a worker without the right to work in the UK and will be sentenced for that offence next month.",
  "", "", "")
T("The judge described the conditions as 'squalid beyond belief'. Up to fourteen Polish men had lived in a three-bedroom house in Walsall owned by the defendants, sleeping on soiled mattresses with no hot water. Rent of £50 a week each was taken from their pay at source, along with 'transport' charges for the minibus to the recycling plant, leaving some with as little as £10.",
  "AC WW", "OA PLC CT NCW", "L")
T("CPS summary – R v DUKU and others. Over eighteen months the three defendants ran a county line between Liverpool and Aberystwyth. They used a 16-year-old boy from care, known as 'K', to carry drugs. When K lost a package worth £400 he was told he owed the debt and would have to work it off. He was stabbed in the leg in January 2020 after trying to leave the line. All three were convicted.",
  "AV DB PSV", "", "C", child=True)
T("Local news: A Leicester clothing factory has been ordered to pay £28,000 in back pay after an HMRC investigation found it had paid 30 machinists below the National Minimum Wage. All the workers were paid into their own accounts and were free to leave; HMRC said it was a case of underpayment and not forced labour.",
  "", "", "")
T("Mr Justice Holroyde said in his remarks: 'You preyed on men who were homeless and addicted to alcohol. You picked them up from soup kitchens with the offer of work, shelter and food. What they got was a caravan with no heating, fourteen-hour days laying tarmac and a few pounds for cigarettes.' The family members were sentenced to a total of 39 years.",
  "AV DEC AC EO WW", "PLC LH", "L")
T("Daily Echo, 2018: A woman from Southampton who claimed to have been trafficked was charged with fraud after investigators established that she had invented the account to support an asylum appeal. The court heard there was no evidence she had ever been made to work or held against her will.",
  "", "", "")
T("Albanian national Ermal KRASNIQI was sentenced at Snaresbrook to seven years. He recruited young women in Tirana by posing as a boyfriend, brought them to London and then told them they owed him £20,000 for the trip. He advertised them on escort websites and kept all the money from clients. One woman said in her statement: 'He showed me photos of my little sister walking to school. I knew what it meant.'",
  "DEC DB WW IT", "NCW", "S")
T("Reporting on the trial at Cardiff Crown Court, the Western Mail said the jury heard that the 57-year-old victim, who has a learning disability, was taken from a bus station in 2008 and made to work on a farm in the Vale of Glamorgan for twelve years. He lived in a shed with no toilet and was never paid. Neighbours had assumed he was a relative.",
  "AV AC WW", "PLC SAW", "L")
T("Court report: the sham marriage ring, run by Rafiq AHMED, 52, arranged 23 marriages between EU women and Pakistani men seeking residence. Several of the Slovak brides said they had been told they were travelling to the UK for factory work and were then pressured to go through with a ceremony. Their ID cards were held by Ahmed's associates until after the weddings.",
  "DEC ROD", "DT", "C")
T("An Ipswich fish processing firm and its director were cleared of gangmaster offences on appeal. The GLAA had alleged that the firm used an unlicensed labour provider, but the Court of Appeal found that the provider had held a valid licence throughout. Workers interviewed by the GLAA had raised no concerns about pay or treatment.",
  "", "", "")
T("Sentencing remarks, R v Nowak & Wisniewski (2017): The two of you brought more than 40 Polish nationals to work in warehouses in the West Midlands. You met them at the coach station, took their identity documents 'for registration', and kept them. You registered them with agencies, opened bank accounts in their names and took control of the cards. They were housed in overcrowded properties, charged £50 a week rent and told they owed you for the coach fare. Some were paid nothing at all.",
  "ROD WW DB AC", "DT MBC NCW OA", "L")
T("Crown Court report: a man who drove workers to a poultry factory in Norfolk was found not guilty of trafficking. The court heard that he charged each worker £5 a day for the ride, which the judge described as 'a private arrangement between adults', and that the workers had chosen to use his service rather than the bus.",
  "", "CT", "")
T("Report of the Safeguarding Adults Review for Mr B (2020): Mr B, who had a learning disability, was befriended by a family who moved into his flat. They used it to store and sell drugs, took his benefits card, and made him go out to collect money from customers. He was assaulted when he refused. Adult social care received four referrals before the cuckooing was recognised.",
  "AV PSV", "NCW", "C")
T("An Oxford takeaway owner was jailed for three years after he kept a Bangladeshi chef working 16 hours a day, seven days a week, for two years. The chef slept on a mattress in the storeroom above the shop. He was promised £300 a week but was told his wages were being 'saved for him' and received nothing until he fled.",
  "EO WW DEC AC", "LH SAW", "L")
T("Kidney transplant patient Amrit Singh, 44, thanked his brother for donating an organ in an operation at Guy's Hospital last year. The Human Tissue Authority approved the living donation after independent assessment, as with all living donors.",
  "", "", "")
T("Central Criminal Court, 2017: A Nigerian lawyer, his wife and a medical practitioner were convicted of conspiring to bring a 15-year-old street trader from Lagos to London so that her kidney could be transplanted into the lawyer's daughter. The girl was told she was coming for a better life and work. Doctors at the Royal Free became suspicious when she could not explain why she wanted to donate, and the transplant was refused.",
  "AV DEC", "", "O", child=True)
T("BBC Wales: A care home operator in Newport was fined after an inspection found that staff were working double shifts without proper breaks. All staff were employed by the home, held their own documents and were paid for all hours worked. Care Inspectorate Wales said there was no suggestion of exploitation.",
  "", "", "")
T("Press release, NCA, 2022: Three members of an organised crime group have been convicted of trafficking women from Romania for sexual exploitation. The women, several in their late teens, were moved between rented flats in Glasgow, Leeds and Newcastle, with drivers taking them to and from hotels. Customers found them through online adverts. Messages showed the group discussing which women 'owed the most'.",
  "DB", "ET", "S")
T("A man who claimed he had been held as a slave at a traveller site was found by the jury to have been a willing worker who was paid and had visited his family regularly. The defendants, a father and two sons, were acquitted of all counts. The judge thanked the jury for their careful consideration.",
  "", "", "")
T("Gloucester Citizen: Ahmed and Shazia ZAMAN were convicted of forced labour offences after a young Pakistani relative, brought over on a spouse visa at 19, was made to cook, clean and look after the household for five years. She told the court that her mobile had been taken on arrival, that she had never been given a key to the house and that Mrs Zaman had hit her with a rolling pin.",
  "ISO ROM PSV", "IS RM", "D")
T("Sentencing, R v Okonjo (2024): The defendant ran a care agency in the North West and sponsored 31 overseas carers, mostly from Kerala and Zimbabwe. Each had paid fees of up to £12,000 to recruiters to obtain a certificate of sponsorship. When they arrived there was little or no work; they were told to repay the 'training costs' or lose their sponsorship, and several shared rooms in a single house in Wigan.",
  "DEC DB AV", "UF", "L")
T("In a statement read to the court, the victim said: 'I came to work in a restaurant. Instead they took me to a house in Birmingham and locked the door. Men came every night. I did not know the name of the city. I did not have any money. When I cried, he hit me.'",
  "DEC ROM ISO PSV", "RM", "S")
T("Magistrates fined a Kettering recruitment agency £6,000 after it charged workers a £150 registration fee. The agency director said the fee had been refunded as soon as the GLAA raised it. No other concerns about pay or housing were found.",
  "", "UF", "")
T("Hull Daily Mail: A trawler skipper has been convicted of forced labour after Filipino and Ghanaian crew said they worked up to 20 hours a day, were fed only rice and were not allowed to leave the boat when it was in port. Their seaman's books were kept by the skipper. Some said they were paid $300 a month, far below what they had been promised in their contracts.",
  "EO AC ROM ROD DEC", "LH RM DT", "L")
T("Trial collapses: the case against four men accused of trafficking Vietnamese nationals to work in nail bars in Essex collapsed at Chelmsford Crown Court after the prosecution offered no evidence. The key witness had returned to Vietnam, and the judge directed not guilty verdicts.",
  "", "", "")
T("INT: POI Ionut BALAN (DOB 03/04/1988) collects approx 8 males from HMO at 14 Fern Rd early hrs daily, drops at packhouse, returns after 2200. Males appear unkempt, thin. Source states BALAN holds their ID cards 'for safe keeping'. 2/B/P",
  "ROD", "CE PA DT", "L")
T("101 call: caller reports neighbours' teenage son has been having loud parties and has been seen with older lads on bikes. No concerns re: anyone being made to do anything, caller just wants noise dealt with. Passed to ASB team.",
  "", "", "")
T("Public report: there are girls in the flat above the vape shop on high st, diferent ones every week, men going up all night, they never come out in the day and a man in a black audi brings there food. one looked about 16 and had a black eye. plz do something",
  "AV", "PA", "S", risk="immediate", child=True)
T("Salvation Army caseworker note: Client (Eritrean male, 24) reports he was made to work at a car wash in Luton for 11 months. 'The boss said I owe him for the room and the food, every week it gets bigger.' Worked from 7am to 8pm daily, no day off. Slept in the back office with two others. Client is afraid to speak to police in case he is deported.",
  "DB EO AC", "LH SAW OA FOA", "L")
T("Sentencing remarks, R v McCann and others: For more than a decade you and your family exploited vulnerable men, many of them alcoholics or homeless, whom you recruited from hostels with offers of paid work. You told them they owed you for their keep. You kept their benefits. Those who tried to leave were found and brought back, and one was beaten with a spade. I am satisfied this was forced labour of the most callous kind.",
  "AV DEC DB PSV ROM", "NCW RM", "L")
T("GLAA inspection note: Licence holder supplies 60 workers to a salad packhouse. Pay slips checked, all paid to workers' own accounts, holiday pay correct. Accommodation offered is optional; visited, 3 to a house, clean. One worker complained her hours were cut in January. No exploitation indicators found. Compliant.",
  "", "", "")
T("Victim account (via interpreter): She says that the man who brought her from Lagos told her she would be doing hairdressing. When she arrived in Manchester a woman called 'Mummy' told her she owed 35,000 euros. She says she had sworn an oath at a shrine before leaving and believed she would go mad if she broke it. She says she was sent to men every night.",
  "DEC DB IT", "", "S")
T("Local news, Boston Standard: a Lithuanian gangmaster was jailed for running an unlicensed labour operation, supplying workers to farms without a GLAA licence. The court heard the workers were paid properly and no allegation of exploitation was made, but the law requires a licence to protect them.",
  "", "", "")
T("Press statement following the conviction of Sandeep and Meena RAI: 'The victim, then 17, was brought from Punjab on the promise she would attend college. Instead she was kept as a maid, cooking and cleaning for the family of eight for no pay, and was only allowed out to take the children to school, with one of the adults walking behind her.'",
  "AV DEC WW ROM", "RM ET", "D", child=True)
T("A&E note: 32yo F attended with burns to forearms. States she works at a nail bar, injuries from chemicals. Accompanied by male who answered all questions on her behalf and said she doesn't speak English. Pt appeared frightened, no phone, no ID. Interpreter requested, male became agitated and left with pt before assessment complete.",
  "ISO", "PA SFW FOA FPE", "L", risk="high")
T("Acquittal: Mr and Mrs Begum were found not guilty of keeping their nephew in domestic servitude. The jury heard the 19-year-old attended college three days a week, had his own bank account and passport, and helped with household chores in the same way as the couple's own children.",
  "", "", "")
T("CPS: R v KHAN (2019). The defendant ran a begging operation in Leeds city centre using four Romanian adults, one of whom had no legs. They were driven to pitches early each morning and collected at night. Takings were handed to Khan, who gave them food but no money. He told them police would jail them if they spoke out.",
  "AV WW IT", "CE ET NCW FOA", "C")
T("Officer handover: Attended Unit 4 industrial estate re: reports of people living in a warehouse. Found 6 Chinese males sleeping on cardboard between racking, one small kettle, no washing facilities. Manager says they are 'just resting between shifts'. All say they are paid. None have passports on them — manager says 'office has them'. NRM discussed, all declined. DTN submitted.",
  "AC ROD", "SAW PLC DT", "L")
T("Court heard that the girls, aged 13 to 15, were groomed outside a shopping centre in Telford by men who gave them lifts, vodka and phones. They were later passed between men at addresses across the town and raped. Seven men were convicted today of offences including rape and trafficking within the UK for sexual exploitation.",
  "AV PSV", "", "S", child=True)
T("Financial intelligence: 14 debit cards in different names used at the same ATM in Derby between 22:00 and 22:15 on Fridays. Accounts receive wages from two recruitment agencies supplying a meat plant. Withdrawals clear the balances each week. Suspect: Tomas GASPAR.",
  "WW", "MBC NCW", "L")
T("Stoke Sentinel: Man who 'rescued' a Romanian woman from a pop-up brothel says he was shocked at how little he knew. The woman, who has since returned home, is not named. Police are not treating anyone else as a victim and no charges were brought.",
  "", "", "S")
T("Witness statement (manager, hotel): Room 212 had been booked for a week in cash by a man. Staff noticed a steady stream of male visitors and a young woman who never left the room. Cleaners were refused entry. When I went up with security the man said she was his girlfriend. She had bruising on her neck and would not look at me.",
  "", "PA", "S")
T("An appeal by a man convicted of forcing Slovak workers to work in a Derby textile factory was dismissed. The Court of Appeal said the evidence that he had confiscated their passports, threatened to break their legs if they complained and paid them £1 an hour was overwhelming.",
  "ROD IT WW", "DT", "L")
T("Serious case review, Family Q: The review examined the death of an infant in a home where the parents were known to misuse drugs. There was no evidence that any family member was being exploited by third parties. Learning points relate to health visitor communication and information sharing.",
  "", "", "")
T("School referral: Yr 10 pupil (15) has been missing from school for two weeks. Mum says he has been 'going to Norwich' with friends. Today came in with two phones, £200 cash and new trainers; says he is 'earning'. Has cut to his hand he won't explain. Concerns he is running drugs.",
  "AV", "PA", "C", child=True)
T("Report of the Independent Inquiry: Over a period of 16 years, at least 1,400 children in the borough were sexually exploited. Girls as young as 11 were raped by multiple men, trafficked to other towns and threatened with violence against their families. Victims were disbelieved and some were arrested.",
  "AV PSV IT", "", "S", child=True)
T("The court heard that Mr Vasile, 29, had voluntarily shared a house with five other construction workers to save money. He paid his rent to the landlord directly and was free to change jobs. The prosecution conceded that the overcrowding was a housing matter and not evidence of exploitation, and the jury acquitted.",
  "", "OA", "")
T("Evening Standard: Diplomat's household staff 'treated like slaves'. A tribunal ruled that a Filipina domestic worker employed by a Gulf diplomat in Kensington worked from 6am to 11pm seven days a week, was paid nothing for the first year and had her passport locked in a drawer. She was not allowed to leave the house except with the family.",
  "EO WW ROD ROM", "LH DT RM ET", "D")
T("Press release: Two men from Sunderland who forced a vulnerable man with a learning disability to make 'deliveries' of heroin from his flat have been jailed. They moved into his flat, slept in his bed and made him sleep on the floor. When he said no they threatened to throw him off his balcony.",
  "AV IT AC", "PLC", "C")
T("Officer note: Vietnamese male, approx 17, arrested leaving cannabis grow at 8 Oak Close. Says he was brought to the house by a man he knows as 'Anh', told he must water the plants to pay his debt of £20,000 for his journey. Has not left the house in 3 months. Age disputed. Referred to NRM and LA. Treat as potential victim, s45 considered.",
  "AV DB ROM", "RM", "C", child=True)
T("A Crawley man was jailed for 20 months after he punched his partner during an argument over money. The court heard the couple had been together six years and both worked at Gatwick. There was no suggestion of any exploitation.",
  "", "", "")
T("Sentencing at Inner London Crown Court: Over four years the defendant used at least 38 Bulgarian nationals to make fraudulent Universal Credit claims worth £2.1m. He brought them over with promises of warehouse jobs, took their identity documents, set up their claims and kept the payments. The judge said the claimants had been 'used as tools' and were also victims.",
  "DEC ROD", "DT NCW", "C")
T("Tribunal report: Employment judge found that a Kenyan care worker was owed £4,200 in unpaid holiday pay by a care agency in Reading. The worker had left the agency freely after a year and had been paid monthly into her own account. The claim was about holiday pay calculation only.",
  "", "", "")
T("Debrief, first person (translated): In Vietnam a man told me I could work in a nail salon in England for £1,000 a month. I paid him $8,000 that my family borrowed. In England I worked in a nail shop in Kent all day, six days. The owner took the money for 'my debt'. I slept in the shop upstairs with three other girls. I could not go out because I had no papers, they told me police will put me in prison.",
  "DEC DB WW AC IT", "UF SAW OA FOA", "L")
T("Local news: Police raided a pop-up brothel in a rented flat in Swindon and arrested a man. Two women, both Chinese nationals, were found inside. They told officers they worked there voluntarily and kept their earnings; they were offered support and declined. The man was charged with controlling prostitution for gain.",
  "", "", "S")
T("Bank alert: Customer (F, 68) has transferred £46,000 over 3 months to a man she met online who says he is an oil engineer. Romance fraud suspected. Customer not being made to work or move money for others. Referred to Action Fraud.",
  "", "", "")
T("Prison note: Prisoner (Albanian, 21) disclosed to chaplain that he was told to work in a cannabis house in Kent to clear a £15,000 travel debt and that the gang 'know where my family live in Kukës'. He is frightened for his mother. Referral made to NRM via prison first responder.",
  "DB IT", "", "C")
T("Jailed: gang who made Slovak Roma family beg and shoplift. Manchester Minshull Street heard that the family, including two children aged 9 and 12, were brought to Salford in 2018 and made to steal from supermarkets every day. The father was told the £3,000 they owed for the van journey grew by £100 each week. The children were hit with a belt if they came back with too little.",
  "AV DB PSV", "", "C", child=True)
T("The jury took less than two hours to acquit the restaurant owner. The Chinese chef who had made the complaint accepted in cross-examination that he had been paid £2,200 a month, had his own flat and had left after a row about a promotion.",
  "", "", "")
T("Sentencing remarks (HHJ Dickinson), 2021: Y was 14 when you first gave her drugs and took her to a hotel in Bolton, where you and others had sex with her. You told her that photographs would be sent to her school if she said anything. You are each sentenced to terms of between 12 and 19 years.",
  "AV PSV IT", "", "S", child=True)
T("A construction boss who employed undocumented Albanian labourers on building sites in north London was cleared of forced labour but convicted of employing illegal workers. The court heard that while the men were paid in cash below the minimum wage, they were free to leave and several had done so.",
  "", "", "")
T("Press release, West Yorkshire Police: Two women who ran brothels in Leeds and Bradford have been jailed. The Thai women working in them were charged £1,500 a week 'rent' for their rooms and were told they had to earn £40,000 each to repay the cost of their visas and flights before they could keep anything. Their passports were held 'in the safe'.",
  "DB WW ROD", "DT", "S")
T("Witness statement: I am a volunteer at a food bank. A man called Dariusz has been coming in for three weeks. He told me he works on a farm near Spalding but his 'boss' gets his wages and gives him £30 on a Saturday. He lives in a caravan with five others. He said if he leaves he'll be 'finished'.",
  "WW AC IT", "NCW OA", "L")
T("The Guardian: Workers at a Leicester garment factory told undercover reporters they were paid £3.50 an hour. The factory owner said the workers were self-employed. No worker said they were prevented from leaving or that pay was kept from them, and the factory was referred to HMRC for minimum wage breaches.",
  "", "", "")
T("Safeguarding adults referral: Mr T (62, learning disability, lives alone) has had two men staying at his flat for a month. Neighbours report people coming and going at all hours. Mr T told his support worker 'they look after my money now' and that he is not allowed in the living room. He has lost weight.",
  "AV", "NCW PA", "C")
T("Sentencing remarks: You gave these men a roof that leaked, a meal a day and a promise that one day they would be paid. That day never came. You kept them at your scrapyard from dawn until after dark, and when one of them asked for his money you held a knife to his throat. Over four years not one of them received a wage.",
  "WW AC EO IT", "LH", "L")
T("Daily Record: Three Romanian men found working at a Fife car wash were paid in full and lived in their own rented flats, a Police Scotland operation found. The owner was given advice on health and safety. No modern slavery offences were identified.",
  "", "", "")
T("The court heard that Ms MBAH brought her niece, then 12, from Cameroon in 2010 on a false passport, telling the family she would go to school. For eight years the girl cooked, cleaned and cared for Ms Mbah's children, sleeping on a sofa. She was never enrolled at school and was beaten with a wooden spoon for mistakes.",
  "AV DEC PSV AC", "", "D", child=True)
T("Crimestoppers report: The owner of the curry house on Station Rd has about six lads from Bangladesh living in the flat above. They work every day and never get a day off. I asked one when he last had a day off and he said 'since I came, no'. They look scared when the owner is around.",
  "EO", "LH FOA", "L")
T("CPS press release: A woman who recruited vulnerable young women in Hungary with promises of cleaning jobs in London and then forced them into prostitution has been convicted. The women were raped by her partner on arrival 'to break them in'. They were moved between flats and not allowed out alone.",
  "DEC PSV ROM", "RM", "S")
T("A Home Office visa compliance visit to a restaurant found two employees whose visas had expired. Both men were paid through payroll, held their own passports and had their own accommodation. Civil penalty issued to the employer. No indicators of exploitation.",
  "", "", "")
T("Intel log: Nom SHEHU, Arben. Believed to run 3-4 cannabis grows in Essex. INT suggests he recruits Albanian males via TikTok offering 'construction jobs UK £100 per day'. On arrival males told they must work grows to repay €10k transport. 2/C/P",
  "DEC DB", "", "C")
T("Newspaper feature: Kidney for sale? A BBC investigation found Indian villagers who said brokers had paid them 300,000 rupees for a kidney, far less than promised, and who were told the operation was for a 'relative' abroad. One man said he was threatened when he asked for the rest of his money.",
  "DEC IT AV", "", "O")
T("Court report: A Cornish daffodil farm director was found not guilty of modern slavery. Witnesses for the defence — fourteen Lithuanian pickers — told the court they were paid piece rates into their own accounts, lived in caravans they described as 'comfortable' and could leave at any time.",
  "", "", "")
T("Sentencing, R v ALI & ors (2023): Over 18 months the defendants controlled at least 12 Vietnamese women working in nail bars across the North East. The women were housed in the bars' back rooms and in a single terraced house in Middlesbrough. They were driven to and from work by the defendants and given £50 a week. They worked ten to twelve hours a day, six days a week.",
  "WW EO AC", "SAW OA ET LH NCW", "L")
T("GP note: Pt (Sudanese M, 27) presents with back pain. Works in a car wash. Says he works 9-6 Mon-Sat, gets paid weekly into his account, lives with his brother. Advised physio. No safeguarding concerns.",
  "", "", "")
T("The sentencing judge at Stafford said the defendant had deliberately targeted Polish men who were sleeping rough and had drink problems. He promised them good jobs and free housing. In reality, he put them to work at a recycling plant, collected their wages through bank accounts he controlled, and housed up to 12 in a two-bedroom flat.",
  "AV DEC WW AC", "NCW OA", "L")
T("Birmingham Mail: Landlord fined £30,000 for overcrowded HMO. Council officers found 11 tenants, mostly students, in a five-bed house. The tenants had signed individual tenancy agreements and there was no link between the landlord and their employment.",
  "", "OA", "")
T("Public report: my cousin went to uk for job in hotel they said 4 star hotel good salary. Now she says shes in a house in leeds and they took her passport and make her see men. she messaged me on facebook in secret she is scared they will kill her if she runs. please help her",
  "DEC ROD IT", "DT", "S", risk="immediate")
T("Evening Chronicle: A judge sentenced two brothers to a total of 15 years for exploiting men at a Newcastle car wash. Workers told police they were paid £30 for a 12-hour day, slept in a portakabin on site and were told they owed £2,000 each for the flights that brought them from Romania.",
  "WW AC DB EO", "SAW LH", "L")
T("Record of inquest: A 22-year-old Vietnamese man, whose body was found in a house used to grow cannabis in Birmingham, died of carbon monoxide poisoning from a faulty generator. The coroner heard that he had been locked inside the property and could not escape. He had arrived in the UK in a lorry six months earlier.",
  "ROM AC", "RM", "C")
T("The Old Bailey heard that the couple had paid for a surgeon's advice on a kidney transplant for their son in Turkey. The Crown's case that they had planned to buy an organ from a poor donor was not accepted by the jury, who acquitted them after hearing that the intended donor was the boy's uncle, who had volunteered.",
  "", "", "")
T("Probation note: Service user (21, care leaver) reports that since release the lads he used to deal for have been outside his hostel. They told him he still owes for the gear police seized when he was arrested and he will 'pay it back one way or another'. He is scared to go out. Referred to MASH; NRM considered.",
  "DB IT", "", "C")
T("Telegraph & Argus: A Bradford man who trafficked a teenager from Slovakia to marry his cousin so he could gain residence was jailed for nine years. The 17-year-old was told she was coming to work in a shop. She was kept in the house after the wedding, raped and her phone was smashed so she could not contact her mother.",
  "AV DEC ROM PSV ISO", "RM", "S", child=True)
T("A recruitment firm supplying warehouse staff to an online retailer in Doncaster was praised by the GLAA after an unannounced audit. Inspectors found no fees charged to workers, free transport, and workers holding their own documents. 'This is what good looks like,' an officer said.",
  "", "", "")
T("CPS case summary, Operation Fort: The Brzezinski family recruited over 400 Polish people between 2012 and 2015 with promises of good jobs in the UK. On arrival the victims were housed in rat-infested properties, and their pay, from work at a waste recycling firm and a turkey farm, was paid into accounts controlled by the gang. Victims received as little as £20 a week. Some were told their families would be harmed if they complained. Eight were convicted and sentenced to a total of more than 50 years.",
  "DEC AC WW IT", "PLC NCW", "L")
T("Statement of an au pair (Spanish, 20): I was told I would look after two children 25 hours a week and get £100 pocket money. In fact I worked every day from 6.30am until 10pm cleaning the whole house and cooking, and the mother said my pocket money would go towards my flight home. I was not given a key and had to wait for the family to let me in.",
  "DEC EO WW", "LH", "D")
T("Police in Blackpool have charged a man with controlling prostitution after a woman told officers he took half of her earnings. The 27-year-old woman lives in her own flat and told police she had chosen to work; she did not support a trafficking allegation.",
  "", "", "S")
T("Teenager from Kent jailed for running a county line was himself a victim, judge rules. The 17-year-old had been recruited at 14 by older men who gave him new clothes and then told him he owed them £1,500. He was made to sell crack cocaine in Margate and was beaten with a metal bar when he was robbed of his stash. His conviction was quashed on appeal under s45.",
  "AV DB PSV", "", "C", child=True)
T("Hampshire Chronicle: Mother of four cleared of forcing au pair to work. The jury heard the 23-year-old Latvian woman worked around 30 hours a week, was paid £120 weekly, had evenings and weekends off and had travelled to Europe twice during her stay.",
  "", "", "")
T("INT: Unknown female (believed Filipino, 40s) seen only in the back garden of 7 The Avenue, Hale. Never seen outside alone. Family leaves with her only on Sundays to church, returns immediately. Source states female was brought by family from Dubai 'to work for them'. 2/C/P",
  "ROM", "RM ET", "D")
T("The defendant, a British businessman, was convicted of arranging for a Moldovan man to travel to a clinic in Istanbul to sell a kidney, which was to be transplanted into the defendant. The donor was told he would receive $7,000 but was paid $3,000. The court heard he had sold his kidney because of debts his family owed at home.",
  "AV DEC", "", "O")
T("Local news: A Polish worker who lost three fingers in a bread factory machine has been awarded £60,000. The company admitted failing to guard the machine properly. The worker said he had otherwise been happy at the firm where he had worked for eight years.",
  "", "", "")
T("R v GHEORGHE (2020), sentencing remarks: Over two years you brought women from Romania to Edinburgh and Aberdeen, arranged advertisements on adult websites and took the money they earned. One woman told police that she had to give you everything and that you counted it every night. When she kept some back you dragged her by her hair into the bathroom.",
  "WW PSV", "NCW", "S")
T("Council housing enforcement note: Inspected 22 Rydal Street. Six adults from India in a 3-bed house. Each pays own rent to letting agent. All employed in local factories on payroll, hold own documents. Landlord served improvement notice for fire doors. No exploitation concerns identified.",
  "", "", "")
T("Eastern Daily Press: A Norfolk farmer has been jailed after he housed Bulgarian strawberry pickers in a barn with no running water and charged them £70 a week for 'beds', which were pallets with blankets. Deductions for the bed, transport in his van and gloves left several with under £50 a week.",
  "AC WW", "PLC SAW CT PPE NCW", "L")
T("The Ryan family ran a paving business and exploited homeless and vulnerable men for years, a court in Cardiff heard. One victim, known as 'John', who has a mental health condition, was made to live in a horse box, worked up to 15 hours a day and was told he would be 'put in the ground' if he ran away.",
  "AV AC EO IT", "PLC LH", "L")
T("A school safeguarding lead writes: Year 9 pupil (13) disclosed that a man in his twenties she met on Snapchat has been picking her up after school, buying her vapes and taking her to 'parties' where she is made to have sex with his friends. She says he has said he will post videos of her if she stops going. Parents not aware. Police informed today.",
  "AV PSV IT", "", "S", risk="immediate", child=True)
T("Court told Somali teenager was recruited via gaming chat to run drugs to Bournemouth. The 15-year-old was housed in a drug user's flat for days at a time and was not allowed to leave. He was given a 'burner' phone that was monitored and his own phone was taken away.",
  "AV ROM ISO", "RM IS", "C", child=True)
# ---- part 2 ----
T("Convicted: Nottingham couple who kept Ghanaian woman as housemaid for seven years. Nottingham Crown Court heard she was not allowed a phone, had no contact with her family in Kumasi and did not know the address of the house she lived in. She was paid nothing and ate the family's leftovers.",
  "ISO WW AC", "", "D")
T("A man was found not guilty of trafficking his girlfriend from Latvia. The court accepted that the couple had travelled to the UK together, that she had worked at a hotel on the payroll and that she had kept her own wages and passport throughout.",
  "", "", "")
T("Sentencing remarks, Preston Crown Court, 2019: The 16 Hungarian men you brought to work at the mattress factory were kept in houses you controlled. You removed their phones on arrival, telling them it was 'company policy'. They were driven to work in your cars and back again. They were paid about £10 a day from their wages of over £300 a week, and you told them the police in England were corrupt and would deport them.",
  "ISO WW IT", "ET NCW FOA", "L")
T("Liverpool Echo: Man who 'slaved' in a boarding house for 40 years freed. The 78-year-old had cleaned and cooked for the guesthouse owners since the 1980s, slept in a cupboard under the stairs, and was given pocket money of £10 a week. He had never had a holiday or a day off. Police said he had no family and had been 'hidden in plain sight'.",
  "AV AC WW EO", "SAW PLC", "L")
T("Three sisters who worked in their family's corner shop in Bolton were said to be 'like slaves' by a neighbour who called police. Officers found the young women, aged 19 to 24, were paid a salary, studied part time and were free to leave. No further action.",
  "", "", "")
T("Press: Man jailed for selling kidney trafficking 'package'. Court heard the defendant, a London-based broker, recruited poor men in Pakistan through a middleman who told them they would be paid £5,000 to donate a kidney to a wealthy stranger in the UK. None was paid more than a fraction; one said he was held in a guest house in Lahore until the operation and his ID card was taken.",
  "AV DEC ROM ROD", "", "O")
T("Officer statement (Op Aidant): On entering the premises I found a man asleep under the counter of the car wash kiosk. He told me he had worked there for two years, seven days a week, from first light until dark, and that the boss 'keeps my money for me'. He did not know the name of the town he was in.",
  "EO WW ISO", "SAW NCW", "L")
T("Solihull Observer: A care home in Solihull was fined for breaching minimum wage regulations after failing to pay carers for time spent travelling between appointments. The workers were paid the rest of their wages in full and the company has now reimbursed them. No modern slavery concerns were raised.",
  "", "", "")
T("CPS news: Gang that trafficked Slovak women for sham marriages jailed. The women, some with learning difficulties, were promised work in the UK and then told they must marry Pakistani men to stay. They were kept in a house in Sheffield and one said she had been raped by one of the 'grooms' on the night of the wedding.",
  "AV DEC ROM PSV", "", "S C")
T("Inquest into the death of Tran L., 19, who died in the back of a refrigerated lorry in Essex in 2019 alongside 38 others: the coroner recorded that all had been unlawfully killed. The migrants had paid smugglers up to £30,000 each for the journey to the UK.",
  "", "UF", "")
T("Intel: Females working at Lovely Nails, 45 High St. Approx 4, appear Vietnamese, look 16-17. Collected by silver Toyota each morning 0730, dropped back 2130 to flat above shop. Owner speaks for them if customers ask questions. 2/C/P",
  "AV", "CE ET SFW", "L", child=True)
T("Stoke-on-Trent: Family cleared of forcing man to work on their farm. The jury heard that the man, who has a mild learning disability, had been given a bedroom in the farmhouse, received wages into his own account and regularly went to the pub in the village on his own.",
  "", "", "")
T("Swansea Crown Court: The defendants, Marius and Cristina DUMITRU, were sentenced after admitting arranging the travel of eight Romanian women with a view to their exploitation. The women were told they owed £800 each for their flights and accommodation, and that the amount would increase for every night they did not work. Cristina Dumitru collected the money from the women after each booking.",
  "DB WW", "NCW", "S")
T("The Times: Fishing boat crew lived 'like prisoners' on Scottish trawler. Crew from Ghana and the Philippines were kept on board for months in harbour in Peterhead under transit visas, working shifts of up to 20 hours while at sea. They said they were not allowed ashore and were paid far less than the national minimum wage into accounts in their home countries.",
  "ROM EO", "", "L")
T("A woman who claimed her employer had kept her passport was told by the tribunal that she had in fact left it in the employer's safe voluntarily and could have taken it back at any time. Her claim of unfair dismissal succeeded on other grounds.",
  "", "", "")
T("Sentencing, R v Sharif (2022): The defendant ran four takeaways in the Midlands and recruited Pakistani men on student visas. He told them he would sponsor them for work visas if they worked for him unpaid for a year. They lived in a flat above a shop, eight men to two rooms, and worked from noon to 2am. One student said: 'He said if I complained he would call the Home Office and I would be sent back.'",
  "DEC WW AV EO AC IT", "OA FOA", "L")
T("Southwark: a man who beat his flatmate during a dispute over rent was given a suspended sentence. Both men worked as couriers for different firms. The court heard there had been no question of either controlling the other.",
  "", "", "")
T("Kent Online: Gravesend man who used teenager to sell drugs from a flat in Margate jailed. The 15-year-old boy was driven from London and left in the flat for a week at a time with instructions to answer the line phone day and night. He was not given money for food and was told he would be 'shanked' if he went home early.",
  "AV EO IT", "", "C", child=True)
T("Victim impact statement (read by prosecutor): 'For two years I did not see daylight except when they moved us to another house. I did not know which city I was in. They took my phone the first day. When I asked to call my mother they laughed. I am 23 now and I still cannot sleep with the door closed.'",
  "ROM ISO", "", "")
T("ITV News: Britain's biggest modern slavery ring 'exploited hundreds'. The jury at Birmingham Crown Court heard that victims, some of whom were alcoholics or had been in prison, were paid as little as 50p an hour. 'I felt like a slave,' one told the court. 'They took my bank card and I could not leave because I had no money.'",
  "AV WW", "NCW", "L")
T("Local paper: A Redditch woman has been found not guilty of forcing her lodger into prostitution. The jury heard the lodger had been working as a sex worker before she moved in, kept all her earnings and paid rent at the market rate.",
  "", "", "S")
T("Public report: THE CAR WASH ON LONDON ROAD THE LADS SLEEP IN THE CONTAINER AT THE BACK I SEEN THEM BRUSHING TEETH WITH THE HOSE AT 6AM. THEY DONT HAVE GLOVES HANDS ALL CRACKED FROM THE CHEMICALS. BOSS COMES IN A RANGE ROVER TAKES THE CASH EVERY NITE",
  "AC", "SAW PLC PA", "L")
T("Sentencing remarks: You, Mr Patel, and your wife employed Mr R in your shop for 11 years. I accept the jury's verdict that you did not hold him in servitude; he had his own room, wages and the freedom to visit his family in Gujarat. But you failed to pay him the minimum wage for much of that time, and you will pay him £43,000.",
  "", "", "")
T("CPS summary: Operation Bentley. Five defendants controlled the sale of sexual services by women advertised on AdultWork. Phones used to arrange bookings were held by the defendants, who answered them pretending to be the women. The women were moved every week between short-let flats in Reading, Slough and Oxford, and were driven to each by a male defendant. They were told not to speak to neighbours.",
  "ISO", "ET", "S")
T("One-line summary: Hungarian male, 30s, found living in a chicken shed, unpaid for 3 years, farmer arrested.",
  "AC WW", "PLC SAW", "L")
T("Judge's ruling on s45 defence: I am satisfied on the evidence that the defendant, a 19-year-old Vietnamese national, was compelled to tend the cannabis plants. He was locked in the premises, had been told his family in Nghe An would be harmed if he did not work and had been given no means of leaving. The jury will be directed accordingly.",
  "ROM IT", "", "C")
T("Daily Mail: 'Slave' nanny case: Wealthy couple cleared. Jurors rejected claims that a Moroccan nanny had been held as a domestic slave after hearing she had her own phone, was paid £1,000 a month into her bank account and took regular holidays with her boyfriend.",
  "", "", "")
T("NGO note (Kalayaan): Client is an Indonesian domestic worker who came with her employers on an overseas domestic worker visa. She reports sleeping on the floor of the children's room, working from 5am to midnight, not being paid for 4 months, and that the employer holds her passport. Employer's wife slaps her. She ran away yesterday while taking out the bins.",
  "EO WW ROD PSV AC", "SAW", "D")
T("Local news: Police investigating reports of modern slavery at a Hertfordshire farm said that after interviewing all 40 seasonal workers they found no evidence of exploitation. Workers were on the Seasonal Worker visa scheme, lived in site caravans and told officers their pay was correct.",
  "", "", "")
T("Sentencing, Chelmsford 2020: Over five years the defendants trafficked at least 20 Lithuanian men to work on chicken farms in Kent and Essex. Catching chickens through the night, the men were made to work shifts of up to 17 hours and slept in a minibus between jobs. They were threatened by men with dogs, and one was beaten with a baseball bat.",
  "EO PSV IT AC", "SAW", "L")
T("Westmorland Gazette: Tribunal rules that a Polish hotel chambermaid was owed £600 in late wages after the hotel's payroll failed over Christmas. The hotel has since paid her in full. The worker, who still works at the hotel, said she was otherwise happy with her employer.",
  "", "", "")
T("The appeal court upheld the conviction of a man who trafficked his 16-year-old cousin from Romania to Manchester to work as a pickpocket. The girl was made to steal on trams and was hit if she did not bring back at least £200 a day. He kept her identity card.",
  "AV PSV ROD", "", "C", child=True)
T("Statement from Ms L (Chinese, 44) via interpreter: She says that she was introduced to a 'massage parlour' job by a woman in Fujian who said she would earn £3,000 a month giving massages. She says that when she arrived in Cardiff she was told the massage parlour was for sex and that she owed £25,000 for the visa and flight. She says that the boss kept her passport and she could not speak any English to ask for help.",
  "DEC DB ROD AV", "", "S")
T("Press release, Kent Police: A 26-year-old man who ran a dial-a-drugs line from Lewisham to Canterbury has been jailed for six years. He used a 34-year-old woman's flat in Canterbury as a base after threatening her that he would burn it down if she refused. She was addicted to crack and he paid her in drugs.",
  "AV IT", "", "C")
T("Probation note: No indicators of exploitation identified. Service user confirms he works at his uncle's restaurant, is paid weekly, and has his own flat. Curfew compliance good.",
  "", "", "")
T("Inquest findings: Mr Z., an Iraqi Kurd working at a hand car wash in Dudley, died from a head injury after falling from a ladder on site. The coroner heard that he had slept in a storage room at the car wash for months and was paid £3 an hour in cash. The owner has been charged under the Modern Slavery Act.",
  "AC", "SAW", "L")
T("R v Owens & Smith: Two men who recruited homeless people outside a Bristol night shelter to work on roofing jobs were convicted. Victims said they were promised £80 a day and never paid; food and cider were given instead. One man with a broken wrist was made to continue working.",
  "AV DEC WW AC", "", "L")
T("Court report, Belfast: A Romanian man was convicted of trafficking three women to Northern Ireland for sexual exploitation. The women had been advertised on websites as 'new in town'. The court heard they were never allowed out without him and he took their ID cards 'in case they got lost'.",
  "ROM ROD", "", "S")
T("Sentencing remarks: The victim was a 50-year-old Polish man who you found at a bus stop in Coventry with nowhere to live. You gave him a room in your house, and within weeks you were sending him to work at a warehouse, having opened a bank account in his name which you controlled. He was given £15 a week. You told him his family would suffer if he went to the police.",
  "AV WW IT", "NCW", "L")
T("Police reviewed reports that Eritrean men were being held at a house in Coventry. Officers visited and found four men who were studying English at a local college, living in housing provided by the council's asylum contractor. Nobody was restricted or working. Concerns unfounded.",
  "", "", "")
T("News: Couple ordered to pay compensation to Tanzanian woman they kept as maid. The High Court heard the woman, brought to London in 2013 aged 17, was paid £150 a month, worked 18-hour days and was told if she left she would be arrested because she had no visa.",
  "AV EO WW IT", "FOA", "D", child=True)
T("Border Force note, Stansted: Two Albanian females (19, 20) travelling with older male who held both passports and boarding cards and answered all questions. Females could not give address of where they were staying in UK. Male states 'holiday'. Females separated and spoken to; one disclosed she was told she would work in a bar.",
  "ROD ISO", "SFW", "")
T("Heathrow note: Indian family of four arriving for a wedding. Father carried all passports for convenience; each family member confirmed details independently and gave the hotel address. No concerns.",
  "", "", "")
T("Wolverhampton Express & Star: The judge told the couple that the man they brought from Pakistan had been 'a prisoner in all but name'. He was kept in a single room at the back of their house, went out only to work in their restaurant, and was walked there and back by the couple's son. His passport was in the husband's safe and he earned nothing.",
  "ROM ROD WW", "ET", "L")
T("Modern Slavery Helpline call summary: Caller works at a packhouse in Lincolnshire. Says new Romanian workers arrive with a man called 'Costel' who gets their wages sent to his account and pays them in cash, less 'rent'. Caller saw one woman crying because Costel said she now owes him £600. Caller wishes to remain anonymous.",
  "WW DB", "NCW", "L")
T("A man accused of keeping his wife's sister in servitude was acquitted after the jury heard evidence from her college tutor, her GP and her own bank statements showing regular wages from a supermarket job. She had told police she left because of a family argument.",
  "", "", "")
T("Sentencing at Leeds: Over 14 months, three men groomed and sexually exploited a 15-year-old girl in care, plying her with drugs and passing her to other men in Leeds, Halifax and Dewsbury. She was threatened with a knife when she said she would tell her social worker. Each was jailed for between nine and 14 years.",
  "AV PSV IT", "", "S", child=True)
T("Surrey Live: Former employee sues car dealership over unpaid commission. A salesman claims he was owed £3,100 in bonuses. The dealership disputes the calculation. He left the firm in June and now works for a competitor.",
  "", "", "")
T("Court heard that in 2016 the victim, a Sudanese teenager of 16, was working 14-hour shifts at a Birmingham car wash for £20 a day and sleeping on a sofa in the office. When he asked to go to college the owner told him he would report him to immigration.",
  "AV EO WW IT AC", "SAW FOA", "L", child=True)
T("Serious case review, Adult D: Adult D, 38, who had schizophrenia, was found dead in her flat. The review found that local drug dealers had been using her flat for two years, that she was made to hold drugs and that her benefits were taken each fortnight. Concerns had been raised by her care coordinator but were closed as 'lifestyle'.",
  "AV", "NCW", "C")
T("Press release: A Middlesbrough man who forced his girlfriend to work as a prostitute and took all her earnings has been jailed. He isolated her from her family, took her phone and banned her from seeing friends, the court heard.",
  "WW ISO", "NCW", "S")
T("INT suggests female known as 'Anna' (Bulgarian, 30s) living at 3 Riverside Apartments is made to work as escort; profile on Vivastreet. Male POI Nikolai PETROV collects cash from her daily, drives her to 'outcalls'. Unknown if passport held. 3/C/P",
  "WW", "NCW ET", "S")
T("Teesside Crown Court: A man was cleared of modern slavery charges after a Polish builder he employed told the court he had left his job voluntarily for better pay and had never had his documents taken. The complainant had made the allegation during a dispute about unpaid invoices.",
  "", "", "")
T("The court heard how the girl, aged 16, was brought from Vietnam to work in a nail bar in Bedford. She lived with the owner's family, was never paid, and was told she owed £15,000. She worked six days a week from 9am to 8pm and cleaned the house on Sundays.",
  "AV WW DB EO", "", "L D", child=True)
T("Scotsman: Council confirms no evidence of trafficking after concerns at a Dundee hotel. Housekeeping staff, employed by an agency holding the relevant licences, were interviewed and found to be correctly paid. The investigation followed an anonymous tip-off.",
  "", "", "")
T("R v Fernandes (2021): The defendant ran a cleaning company and recruited Brazilian workers through Facebook, promising sponsorship. Each paid him £3,500 in advance. On arrival he kept their passports, charged them for travel to offices where they cleaned at night and housed 10 in a flat in Croydon. Wages were withheld for 'visa costs'.",
  "DEC ROD WW AC", "UF CT OA", "L")
T("Kidney donor, 31, tells court she was 'tricked' by broker. The woman from Romania told Southwark Crown Court she was told she would be looking after an elderly man in London. Instead she was taken for medical tests, and the broker told her she owed €5,000 and could only repay it by 'giving a kidney'.",
  "DEC DB", "", "O")
T("Sentencing remarks, R v Hussain: You sold a girl to your friends for the price of a takeaway and drove her to men's homes across Rotherham, where she was raped. She was 13. You told her that her brother would be hurt if she told anyone.",
  "AV PSV IT", "ET", "S", child=True)
T("Local news item: A Peterborough man who had let a homeless friend stay in his spare room for a year was praised by a housing charity. The friend, who helped with gardening in exchange for board, later found work and moved into his own flat.",
  "", "", "")
T("Debrief (first person, translated from Tigrinya): In Libya I was held in a warehouse until my family paid. In the UK a man I met in Calais gave me work in a kebab shop in Nottingham. He said I owe £2,000 for bringing me. I work 12 hours every day. He gives me £30 on Friday. He has my phone 'so police cannot track me'.",
  "DB EO WW ISO ROM", "", "L")
T("Police statement: After a six-month investigation into a cleaning company in Manchester, officers found no evidence that staff were being controlled. Interviews with 23 workers confirmed they were paid into their own bank accounts and held their own identity documents.",
  "", "", "")
T("pub report: lads at the farm shop on the A15 get picked up in a white transit at like 5am and dont get back til 10pm, 7 days. one of them told my husband they pay £10 a day for the van and the boss keeps their ID",
  "EO ROD", "CE CT", "L")
T("someone said the polish guys next door are slaves but honestly they just work a lot and have parties at weekend, they're lovely. not reporting anything just wanted to say they seem fine",
  "", "", "")
T("Oldham Chronicle: Businessman jailed for forcing Indian chef to work 100-hour weeks. The chef, who had been promised a salary of £2,000 a month, was paid £200 a month in cash, lived in a room above the restaurant with four other staff and had his passport taken 'for the visa renewal'. It was never renewed.",
  "EO DEC WW ROD AC", "SAW OA", "L")
T("CPS summary (Op Wildwood): The defendant used young men from Manchester as drug runners on a line into Cumbria. One 17-year-old was shot at with an air rifle after losing a phone. Another was made to 'plug' drugs internally for the journey. All were told they were in debt to the line for lost stock.",
  "AV PSV DB", "", "C", child=True)
T("A private hire driver told the court he was just doing his job when he drove young women between hotels in Milton Keynes. The jury accepted he had no knowledge of the trafficking and acquitted him. Three other defendants were convicted.",
  "", "", "S")
T("Appeal judgment (anonymised): The appellant, a Chinese national, was found in a cannabis factory in Stockport. The Court of Appeal quashed his conviction, finding the Single Competent Authority's conclusive grounds decision that he was a victim of trafficking: he had been brought to the UK in debt bondage, locked in the property and told his family would suffer if he left.",
  "DB ROM IT", "", "C")
T("Press release, GLAA: An unlicensed gangmaster who supplied workers to a Kent fruit farm was fined £5,000. GLAA officers found the workers had been correctly paid and no evidence of forced labour; the offence was the lack of a licence.",
  "", "", "")
T("The court heard that the Vietnamese boy, then 15, was discovered by police in the loft of a house in Nuneaton, among hundreds of cannabis plants. A mattress, a rice cooker and a bucket were his only possessions. He could not tell officers which country he was in.",
  "AV AC ISO", "SAW FPE PLC", "C", child=True)
T("Witness statement (neighbour): I live next door to 44 Ashby Road. Since about March I have seen a woman, Asian, about 50, hanging washing, sweeping the yard and washing the family cars. I have never seen her leave. Once I said hello over the fence and she looked terrified and went inside. The lady of the house shouted at her in a language I don't know.",
  "", "FOA", "D")
T("Judge passes sentence on 'slave master': Derby Crown Court. 'You kept your victim chained in a shed at night for weeks at a time,' the judge told the defendant. The victim, a 44-year-old man with learning difficulties, had been made to do building work on the defendant's properties for three years.",
  "AV ROM AC", "", "L")
T("Birmingham: a woman reported that her cleaner of five years had been 'trafficked'. Officers visited the cleaner at her own home. She ran her own small cleaning business, had a British passport and was bemused by the concern. No further action.",
  "", "", "")
T("Herald: Scottish fishing skipper guilty of human trafficking. The skipper brought four Sri Lankan fishermen to Scotland on the promise of good wages. Instead they were kept on the boat for eight months, not paid and threatened with being thrown overboard if they complained. He kept their passports in the wheelhouse.",
  "DEC ROM WW IT ROD", "", "L")
T("Midwife note: 19yo F (Romanian) booking appt. Attended with older male 'husband' who would not leave the room and answered questions for her. Pt has no GP, doesn't know her address, says she has no money or phone. When male left to move car pt whispered 'please help me'.",
  "ISO", "SFW FPE", "S", risk="immediate")
T("News item: Couple convicted of cheating their Filipino nanny of £50,000 in wages. The nanny, who lived with the family in Chelsea, was paid £500 a month instead of the £2,000 set out in her contract, the court heard. She was not allowed days off, and her passport was kept by the employer for 'safekeeping'.",
  "DEC WW EO ROD", "", "D")
T("Sentencing remarks (2018): The evidence showed that your victims, men from Slovakia, had been told the job in the chicken factory would pay £300 a week. They were made to sign papers they could not read, which you said meant they owed you £1,200 each. Nobody ever paid that debt off because you kept adding to it for food and rent.",
  "DEC DB", "", "L")
T("101 report: cannabis smell coming from house on Vicarage Lane, windows covered in foil, lights on all night. Caller has never seen anyone come or go.",
  "", "", "")
T("Manchester Evening News: Trafficked women were 'bought and sold like cattle'. Two Romanian brothers were jailed for a total of 23 years after they trafficked six women to Manchester. The court heard that one woman, aged 18, was sold for £2,500. The women were advertised on websites and made to see up to 15 men a day.",
  "EO", "", "S")
T("Outcome letter: Dear Mr Ahmed, following our enquiries into your employment at the restaurant we have found that your wages were paid, although late on one occasion in October. We have found no indicators that you were forced to work. If you wish to pursue the late payment, ACAS can help.",
  "", "", "")
T("Newcastle Crown Court: The defendant's care agency employed 18 carers from Zimbabwe and Nigeria. They were made to work 70-hour weeks visiting elderly clients and had £200 deducted from their pay every month to repay sponsorship 'fees' of £5,000. Those who complained were told their visas would be cancelled.",
  "EO DB IT AV", "UF", "L")
T("Inquest: Ms H., a Chinese national aged 41, died in a fire at a flat in Ilford where she had been working as a sex worker. The coroner heard that the door was locked from outside and the windows barred, and that she could not escape. A man has been charged with controlling prostitution and manslaughter.",
  "ROM AC", "", "S")
T("The Independent: Surgeon struck off after arranging kidney sale. A medical tribunal found that a consultant had referred a wealthy patient to a clinic abroad where a kidney was bought from a poor Egyptian man for $2,000. The donor later said he had been told the operation was a 'small procedure' and that he would recover in days.",
  "AV DEC", "", "O")
T("A Stockton woman was cleared of servitude after prosecutors accepted that her live-in carer, a Filipina woman, was employed under a proper contract, paid monthly, had two days off a week and held her own passport.",
  "", "", "")
T("Sentencing, R v AKHTAR (2016): The victim, a Pakistani woman brought to Manchester after her marriage to your son, was made to do all the cooking and cleaning for a household of eleven. She was not allowed to leave the house except with your daughters, her phone was taken, and she was beaten when she asked to call her parents. She was regularly locked in her room.",
  "ROM ISO PSV", "ET", "D")
T("Chinese takeaway worker: 'I was never unpaid, the owner was fair' — Yorkshire Post. The worker gave evidence for the defence in a case in which the owner was cleared of modern slavery charges, saying he had a day off every week, kept his own passport and could leave when he wished.",
  "", "", "")
T("Evidence at trial: The victims, Lithuanian men, were collected from their shared house each day at 4am and driven to farms around Kent to catch chickens. They were often not returned until after 11pm. Their wages of around £250 a week were paid into accounts controlled by the gang leader, who gave them £20.",
  "EO WW", "CE ET NCW", "L")
T("Police press release, 2023: A 22-year-old man from Croydon who forced vulnerable teenagers to sell crack and heroin in Worthing has been jailed. He took their phones and gave them 'work' phones so he could track them. He threatened to stab one boy's younger brother.",
  "AV ISO IT", "", "C", child=True)
T("Public report: my sister in law lives with her husbands family in birmingham she does ALL the housework for 9 people they dont let her have a phone or go to english class and her mother in law takes her benefit money. she told me on whatsapp at night from her husbands phone that she wants to die",
  "ISO ROM", "NCW", "D")
T("Local authority referral (adult safeguarding): Ms K, 23, Slovak, mild learning disability, attends day centre. Staff noticed bruising to arms. She says her boyfriend 'sells me to his friends' and that he keeps her benefits. Referral made to police and NRM (consent given).",
  "AV PSV", "PA NCW", "S")
T("Sentencing remarks: The plantation of cannabis at your property in Wolverhampton was tended by a 16-year-old Vietnamese boy who you kept there. He had no door key. Food was left outside. When police broke in he was found hiding in a cupboard, terrified. You denied knowing his age; the jury did not believe you.",
  "AV ROM", "FOA", "C", child=True)
T("The Sun: Landlord of hell-hole HMO fined. Seventeen men were found living in a four-bedroom house in Ilford, sleeping in shifts. The men worked for a variety of employers and paid their own rent. Council said the landlord had put their lives at risk through lack of fire safety.",
  "", "OA", "")
T("Court report: The woman, 24, told the jury that the man she thought was her boyfriend had taken her to Leeds, booked her into a hotel and posted adverts for her. She said that when she refused to see a customer he burned her with a cigarette and said he would tell her family in Bucharest what she was doing.",
  "DEC PSV IT", "", "S")
T("Daily Telegraph: Sheikh's family cleared in servant case. The jury found no evidence that the household staff had been prevented from leaving. Three former employees gave evidence that they had their own passports, were paid each month and could take days off.",
  "", "", "")
T("Sentencing, R v Ion & Popa (2022): Both defendants ran hand car washes in Essex. Romanian workers were recruited with promises of £70 a day and told on arrival they owed £500 for travel. They worked 12-hour days, lived in a static caravan on site and were paid £20 to £30 a day, with the rest kept back 'for the debt'.",
  "DEC DB EO WW AC", "SAW", "L")
T("GLAA intelligence report: Workers at a Boston packhouse are required to buy safety boots and hi-vis from the labour provider at £45, deducted from first pay. Some also pay £8 a day for a minibus arranged by a team leader. Otherwise pay appears correct. Advice given on PPE charges.",
  "", "PPE CT", "")
T("Serious case review, Child M (2022): M, 16, went missing 13 times in six months. He was found in Swansea, Bristol and Exeter in flats used to sell drugs. He told police he owed £2,000 for drugs taken from him and had to keep working. On one occasion he was found with stab wounds. Agencies saw him as an offender rather than a victim.",
  "AV DB PSV", "PA", "C", child=True)
T("A woman from Sudan said in her witness statement: 'My employer, a diplomat, brought me to London. I worked all the time, I slept on the floor by the baby. The madam kept my passport. I did not get any money for three years. She told me if I go outside the police will take me because I have no visa.'",
  "EO AC ROD WW IT", "SAW FOA", "D")
T("Reading Chronicle: Two men cleared of human trafficking of Romanian women. The jury heard that the women had travelled to the UK by themselves, booked their own rooms and that messages on their phones showed they arranged their own clients. The men were convicted of a lesser offence of brothel-keeping.",
  "", "", "S")
T("Officer note: Attended address following report of concern for Polish male seen sleeping in van outside builders' yard. Spoke to male, who is self-employed, lost his flat in a divorce and is saving for a deposit. Employer confirms he is paid invoices weekly. Signposted to housing. No exploitation.",
  "", "", "")
T("R v MUSTAFA: The defendant's victims were three Kurdish men he employed in a barbershop in Stoke. He told them he would get them asylum 'through his lawyer' if they worked for free. They slept on the floor of the shop and he hit one with clippers when he asked for money.",
  "DEC WW PSV AC AV", "SAW", "L")
T("Sentencing remarks: This was not a case of a pop-up brothel but of girls kept as sexual slaves. The two Albanian girls were 17. For six months they were held in a flat in Bristol, the windows nailed shut, made to see customers day and night, and they were told their families in Albania would be killed if they ran.",
  "AV ROM EO IT", "", "S", child=True)
T("Organ trafficking trial, 2024: A Nigerian senator, his wife and a doctor were jailed after they brought a young man from Lagos to London to provide a kidney for their daughter. The man, who sold phone accessories from a barrow, had been promised work and a better life in the UK. He fled when he learned what was planned and went to police in Staines.",
  "AV DEC", "", "O")
T("Living donor assessment note: Prospective donor (wife of recipient) seen alone with an independent interpreter. She confirms she wishes to donate, no payment or pressure, understands the risks. Relationship verified. HTA approval recommended.",
  "", "", "")
T("Coventry Telegraph: Man jailed for enslaving vulnerable relative in garden shed. The court heard he kept his cousin, who has Down's syndrome, in a shed at the bottom of his garden for five years and made him clean cars for customers, taking all the money. The shed had no heating, and the victim was found wearing only a T-shirt in winter.",
  "AV AC WW", "PLC PA", "L")
T("Employment tribunal: A Latvian warehouse operative complained that he had been paid £40 less than he should have been over three weeks due to a holiday pay error by the agency. The agency corrected the error. The claim was withdrawn.",
  "", "", "")
T("Sentencing, Operation Ruby: The defendants trafficked 25 women from Hungary to work in brothels in the East Midlands. The women were each told that they owed €3,000 for the journey, which grew with charges for condoms, rent and food. Some saw up to 20 clients a day. They were watched at all times by a 'minder' who lived in the flat.",
  "DB EO ROM", "", "S")
T("Victim account (via interpreter): He says that the men who brought him from Eritrea took his phone in Calais and never gave it back. In England they put him in a house in Wolverhampton with other men. He says that he never knew the name of the street. He worked at a car wash, but the men took all the money.",
  "ISO WW", "", "L")
T("A 17-year-old girl in foster care in Rochdale told her social worker that she was staying at her 'boyfriend's' flat, where older men came round. She says she is not forced and is there because she wants to be. Social worker believes she is being groomed for sexual exploitation; strategy meeting convened today.",
  "AV", "", "S", child=True)
T("Sentencing remarks (HHJ Parker): Mrs Adewale, you brought a 10-year-old girl from Nigeria to your home in Essex on a false passport, telling her family she would be educated. For nine years she cooked, cleaned and cared for your children. She was never sent to school. She slept on the floor in the hallway. You beat her with a belt and told her the police would lock her up if she ever went out.",
  "AV DEC AC PSV IT", "PLC FOA", "D", child=True)
T("BBC: Firm that used 'modern slavery' label for publicity apologises. A recruitment company that claimed to have 'rescued' workers from a rival firm has admitted that no workers had been exploited. The rival firm had in fact paid its staff correctly.",
  "", "", "")
T("Intel: Romanian males (approx 12) living at 88 Bridge St, Wisbech, 4-bed terrace. Source reports males pay 'Vasile' £70/week each rent from wages, he also holds bank cards for most of them, taking a cut. Males work at local packhouse via agency. 2/B/P",
  "WW AC", "OA NCW", "L")
T("Court report, Swansea: a man who ran a fast-food shop was cleared of forced labour after his employee admitted that he had lied about being locked in. CCTV showed the employee leaving the premises each evening and returning in the morning.",
  "", "", "")
T("CPS summary: R v Kovacs. Hungarian women were recruited by Kovacs's wife with offers of hotel housekeeping work in London. When they arrived, he told them the hotel job had fallen through and they would have to work in massage parlours to pay back their flights. He kept their ID cards and would not let them leave the flat on their own.",
  "DEC DB ROD ROM", "", "S")
T("School safeguarding referral: Year 11 (16yo) pupil arrived at school with new designer clothes and a second phone. He has been seen getting into cars with older men after school. Today he said he 'has to go to Cardiff' this weekend and that 'they'll batter me if I don't'.",
  "AV IT", "", "C", child=True, risk="immediate")
T("Evening Post: Former nurse ordered to repay £120,000 of benefits she claimed fraudulently. The court heard she had acted alone and was not under the influence of anyone else.",
  "", "", "")
T("Sentencing remarks: Your victims were men who, for the most part, had spent their lives in institutions or on the streets. You offered them work and a roof. They laid driveways for you for up to 16 hours a day and received perhaps £5. When one escaped, you and your brother drove round the area until you found him, and beat him.",
  "AV DEC EO WW PSV ROM", "", "L")
T("Inside Croydon: Modern slavery claims at nail salon 'unfounded', says council. A council licensing visit found that all technicians at the salon were qualified, employed on contracts and paid through the payroll. Two had recently left for other jobs.",
  "", "", "")
T("Debrief account: 'They said I was going to a good job in a restaurant in London and I would get £400 a week. When I arrived the man took my passport at the airport. He said he had to register me. I was taken to a house where there were already five other girls. The door was locked from outside. I was made to have sex with men.'",
  "DEC ROD ROM PSV", "", "S")
T("A convicted money launderer, 27, was found by the Court of Appeal to have been a victim himself. He had been recruited at 18 by a gang who opened bank accounts in his name, took the cards and made him withdraw cash. He was told that if he stopped, his mother's house would be burned down.",
  "IT", "NCW", "C")
T("Northern Echo: Teesside firm fined for dangerous conditions after agency worker lost a leg. The worker was employed through a licensed agency and paid the going rate. The Health and Safety Executive said a guard had been missing for months.",
  "", "", "")
T("Sentencing remarks, R v Singh (2019): The workers in your food factory in Southall had come from Punjab on visitor visas, each having paid £8,000 to an agent to get there. You told them they had to work off the cost of their 'housing' before they would be paid. Thirty men lived above the factory. None of them had seen a pay slip.",
  "DB WW AC", "UF OA SAW", "L")
T("999 call: female caller, whispering, says she is locked in a room at a house in Luton, man has gone out, he has her passport, she doesn't know the address, can see a church from the window. Call cut off. Cell site requested. Units dispatched.",
  "ROM ROD ISO", "", "", risk="immediate")
T("Financial crime alert: Account holder's wages from Fresh Foods Ltd are withdrawn within minutes of arrival at an ATM in Spalding, at which 9 other cards belonging to different Fresh Foods employees are also used the same night. Same mobile number registered to all 10 accounts.",
  "WW", "MBC NCW", "L")
T("Press: Agency boss who charged migrants for jobs that didn't exist jailed. The court heard he took £2,500 each from 60 Nepali and Indian applicants for care jobs in the UK. The jobs were fictitious, and most of the applicants never travelled. Those who did found no work waiting for them.",
  "DEC", "UF", "")
T("Sentencing remarks, R v GRIGORE (2023): Each morning at 5am the workers were driven from the house in Peterborough to the fields in a van. You charged them £10 a day for this journey and £15 a day for 'your' boots and gloves. They came back at 10pm. They had arrived with a holdall each, and that was all they had. At the end of each week there was almost nothing left for them.",
  "WW EO", "CE ET CT PPE FPE NCW", "L")
T("Crimestoppers: At the nail shop in the precinct there's always the same older woman who speaks for the girls and takes the money at the till. The girls never talk to customers and look exhausted. Been there 3 yrs and never seen them have a day off.",
  "EO", "SFW", "L")
T("Immigration Enforcement visit note: Restaurant, 4 staff. All have right to work. One chef (Bangladeshi) on Skilled Worker visa, paid above threshold, own accommodation. He states he is happy in the job, has his own passport and is free to leave. No indicators.",
  "", "", "")
T("Bristol Post: Judge praises victims' courage as gang jailed. Members of a Slovak family were sentenced for trafficking vulnerable compatriots to work in Bristol factories. The victims, who spoke no English, were taken to the job centre to register, and the defendants kept the bank cards and PINs for the accounts their wages were paid into. Victims lived in a single room each with their families and were given food parcels instead of money.",
  "AV WW", "NCW", "L")
T("R v Khalid: the jury heard that the victim's passport was taken by Khalid's wife when she arrived at Heathrow aged 14 and was 'still in the drawer' when police raided the house six years later. She had cleaned the house, cooked for the family and looked after Khalid's elderly mother, and was allowed out only to go to the corner shop.",
  "AV ROD ROM", "", "D", child=True)
T("Police statement following inquest: We have thoroughly examined the circumstances of Mr A's death at the industrial estate. While initial reports suggested he may have been exploited, our investigation established he was employed by a legitimate company, was paid correctly and had a home with his partner.",
  "", "", "")
T("Court report, Liverpool: a woman was jailed for eight years after selling her 14-year-old daughter for sex to men she met online. The judge said the girl had been 'utterly failed by the one person who should have protected her'.",
  "AV PSV", "", "S", child=True)
T("Evidence given at trial by a former worker: 'I came from Lithuania with a small bag and 20 euros. The man at the bus station said he had a job for me. He took me to a house with 15 people. There was one toilet. He said the rent was £60 and the transport £30 and the food £20, so every week I had nothing.'",
  "WW AC", "FPE OA CT", "L")
T("Statement (shop owner): I employed Mr Tran for two years. He was paid by bank transfer each month, he lived with his wife, and he left to open his own business. I do not understand why police asked whether he had been trafficked.",
  "", "", "")
T("Serious case review: The Local Safeguarding Children Board reviewed the case of two sisters, aged 14 and 15, who had been sexually exploited by a group of men in Oxford between 2008 and 2011. The girls were taken to guest houses, given drugs, and raped. One was branded with the initial of her abuser.",
  "AV PSV", "", "S", child=True)
T("pub report ok so theres a guy who brings about 6 chinese women to the house across from me in a people carrier every nite at 11 and picks them up at 7am. they always have there heads down and he shouts at them. think there being used for prostitution",
  "", "CE ET", "S")
T("Local news: A Leicester woman was fined for employing her sister-in-law illegally in her sandwich shop. The court heard the sister-in-law, who had overstayed a visa, was paid in cash and lived with her own husband in their own flat. There was no suggestion of exploitation.",
  "", "", "")
T("NCA: A man who arranged for a Vietnamese woman to travel to the UK and then told her she had to work in a nail bar to repay £30,000 has been jailed. She was kept in a flat with three other women, was only allowed out to go to work, and was not allowed to speak to customers.",
  "DB ROM AC", "OA", "L")
T("Sentencing remarks (Snaresbrook, 2022): You approached Mr O, a former soldier who was sleeping in a doorway in Romford, and offered him work. For the next two years you had him clear gardens and skips for you every day. You took his bank card and his benefits. He slept on a sofa in your garage. On one occasion you struck him with a shovel because he had stopped for a cigarette.",
  "AV EO PSV AC", "NCW SAW", "L")
T("INT: 3/D/P Unverified report that POI 'Big Tony' (possibly Anthony MARSH) is 'running girls' out of a flat in Leyton. No details of females. Report appears to arise from a neighbour dispute and may be malicious.",
  "", "", "")
T("Daily Post (Wales): A Rhyl man who had been taking money from his learning-disabled neighbour's account for a year was jailed for fraud. The neighbour had not been made to do any work; the man had obtained his PIN by deception.",
  "", "NCW", "")
T("The Court of Appeal reduced the sentence of a man convicted of forced labour after finding that, although he had paid his Romanian workers very little, he had not kept their documents or threatened them. The conviction itself was upheld: the workers had been given £15 a week and told they owed for their travel.",
  "WW DB", "", "L")
T("Man jailed for making homeless men beg outside Cardiff Central station and keeping the coins.",
  "AV WW", "NCW", "C")
T("Couple acquitted: au pair 'was treated as one of the family', jury told.",
  "", "", "")
T("Tribunal finds Filipina maid worked 17 hours a day, seven days a week, for diplomat's family.",
  "EO", "", "D")
T("Leeds: woman who offered Romanian women 'cleaning jobs' and put them in brothels is jailed.",
  "DEC", "", "S")
T("Norwich Crown Court hears farm worker was 'free to come and go', case dropped.",
  "", "", "")
T("Sentencing remarks, R v Tasev (2021): You controlled the lives of four Bulgarian women in a flat in Southend. You decided what they ate, when they slept and who they saw. You posted their advertisements and took the money. When one of them tried to leave with her suitcase, you took her by the throat and dragged her back inside. She did not try again.",
  "WW PSV ROM", "NCW", "S")
T("Norfolk County Council child protection conference minutes: J (14) has been found twice in a trap house in Great Yarmouth. He has a debt to 'Tee' of £800 for a lost phone and drugs. He says Tee will 'do my mum' if it isn't paid. Risk assessed as high. Plan: NRM referral, disruption of adults involved, relocation considered.",
  "AV DB IT", "", "C", child=True)
T("Romford Recorder: Council officers who inspected a car wash in Hornchurch found it to be well run, with staff on contracts, a staff room and gloves and boots provided free of charge. The owner had signed up to the Responsible Car Wash Scheme.",
  "", "", "")
T("Press release, Lincolnshire Police (2019): Six people were sentenced today for their part in an operation which exploited Latvian workers at a vegetable packing plant. The gang met victims at Stansted and immediately took their passports. Workers lived in a house with 16 others and were told they could not leave until they had paid back £300 for the flight. They earned around £250 a week, of which they were given £10.",
  "ROD AC DB WW ROM", "OA", "L")
T("The victim, a 21-year-old Ghanaian woman, told police: 'I did everything in the house. Cooking, washing, children, the shopping with madam. I never went out alone. When I asked for my salary she said she is sending it to my mother. My mother never received anything.'",
  "WW ROM", "", "D")
T("Appeal dismissed: The appellant argued that the complainant could have left the farm at any time. The court found that she could not realistically do so: she had no money, did not speak English, did not know where she was, and had been told she would be arrested if she went to the police.",
  "AV ISO IT", "FOA", "L")
T("Witness statement (social worker): I visited the family home on 12 March. Present were Mr and Mrs Hossain, their three children and Mrs Hossain's cousin, who lives with them and studies nursing at the university. She told me privately she was happy, had her own room and money and helps with childcare occasionally. I had no concerns.",
  "", "", "")
T("Extract from NRM referral (written by first responder): Client was exploited in the UK between 2020 and 2022 at a hand car wash in Doncaster. Worked 8am–8pm seven days. Boss kept passport 'in the office safe'. Was given £100 a month. Slept in a shipping container on site with four others. Threatened with a machete when asked to leave.",
  "EO ROD WW AC IT", "SAW OA", "L")
T("News: Man who kept teenage girl locked in flat for sex is jailed. The 16-year-old, who had run away from home, was given somewhere to stay by the 32-year-old, who then locked her in and told her she would have to 'pay her way' by having sex with his friends.",
  "AV ROM PSV DB", "", "S", child=True)
T("Family court judgment (anonymised): The father's allegation that the mother had 'trafficked' the children to her relatives in Pakistan was not made out. The children had travelled for a family holiday with the father's consent and returned after three weeks.",
  "", "", "")
T("Southern Daily Echo: Businessman cleared of enslaving workers at his Portsmouth restaurant. Five waiters gave evidence that they were paid correctly, had their own flats and had never been threatened. The prosecution had relied on the account of one former worker whom the jury found unreliable.",
  "", "", "")
T("Sentencing remarks, R v Hamid (2024): You told the three women from Morocco that they were coming to work as hairdressers in Birmingham. Instead you sold them to a man in Walsall, who put them to work in a flat advertised online. You took £1,000 for each woman. They did not speak English, had no money and were told they could never go home until they had earned back what he had paid for them.",
  "DEC AV DB", "", "S")
T("Caseworker update (Medaille Trust): Client remains in safe house. She has disclosed further that, while in the flat in Luton, the men took photographs of her and said they would send them to her father in Albania if she ever tried to escape. She also disclosed that she was raped by one of the drivers.",
  "IT PSV", "", "S")
T("Press release, Met Police: A 56-year-old man was charged today with arranging the travel of a Ugandan man to the UK with a view to the removal of his kidney. The man had been told he was coming to work as a driver.",
  "DEC", "", "O")
T("Neighbourhood officer update: Carried out welfare check on Bulgarian couple at 9 Kings Row following public concern that they were being 'kept'. Couple both work at local laundry, hold their own documents, showed payslips. Have lived here 4 years. No concerns.",
  "", "", "")
T("Sentencing at Wood Green Crown Court, 2022, the judge dealt with four defendants. Andrei POPESCU, 34, ran the operation: he recruited Romanian men from villages around Suceava, promising £1,800 a month at a London hotel. The men were instead sent to a waste recycling plant in Edmonton through an agency. POPESCU kept their identity cards and held the debit cards for the accounts their wages went into. Elena POPESCU, his wife, collected rent of £80 a week from each man for beds in a three-bedroom house in Enfield where 13 men lived. Ciprian MOLDOVAN drove the men to and from the plant. The fourth defendant, the agency's payroll clerk, Sarah JONES, 29, was acquitted: the jury accepted that she had no reason to suspect the bank details were controlled by anyone other than the workers.",
  "DEC ROD WW AC", "NCW OA ET", "L")
T("A Hounslow man who had several bank cards in other people's names in his wallet when arrested was convicted of fraud. The cards belonged to friends who had lent them to him to withdraw cash for a party. None of the friends was found to have been exploited.",
  "", "", "")
T("Newport: Carers on sponsored visas 'worked until they dropped'. A care company director was jailed after the court heard that carers from India were rostered for 80 hours a week, were charged £10,000 for their certificates of sponsorship, and had to repay it from their wages at £500 a month. One carer collapsed at work.",
  "EO DB", "UF", "L")
T("Interview note (translated from Polish): He says he answered an advertisement in a newspaper in Gdańsk for work in a sausage factory in England. The man who met him in London took his ID 'to make the contract'. He worked in the factory for six weeks but never saw a payslip. When he asked about money the man said it was 'all gone on the house and the bus'. He says there were 14 people in the house.",
  "ROD WW AC", "OA", "L")
T("Court report: A man who bought cheap iPhones from a teenager he suspected was stealing them was fined for handling stolen goods. There was no evidence the teenager had been directed by anyone.",
  "", "", "")
T("Sentencing, R v LIN: The defendant organised the shoplifting of luxury goods from department stores in London by Chinese women he had brought into the UK on visitor visas. He told them they owed him £8,000 each for flights and visas and that they would have to steal to repay it. He paid them nothing, kept their passports and housed them in a single room in Ilford.",
  "DB WW ROD AC", "OA", "C")
T("Care Quality Commission report: Staffing at the home was found to be adequate. Overseas staff recruited by the provider told inspectors they had not paid any fees, their accommodation was optional and their pay slips were clear.",
  "", "", "")
T("Victim statement (via interpreter, Vietnamese): She says that in her village a woman told her about work in a restaurant in England. She says the journey took four months and that in France she was made to sleep with men to pay for the next stage. She says that in England she was taken to a flat in Glasgow and made to work in a nail shop and that the woman in the shop took her money every week 'to pay the debt'. She says she was not allowed to have a phone.",
  "DEC PSV WW DB ISO", "", "S L")
T("Rotherham Advertiser: A man who spent ten years living in a caravan on a farm near Maltby has told the court he was 'part of the family' and wanted to stay. The farmer was acquitted of holding him in servitude. The man confirmed he was paid weekly and went to the club in the village every Friday.",
  "", "", "")
T("Independent Office for Police Conduct summary: Officers who attended a report of a woman screaming at a house in Slough in 2019 accepted the male occupant's explanation that she was his wife and left. The woman was later found to have been trafficked from India and kept in the house as a servant, beaten and starved. The IOPC found that the officers should have spoken to her alone.",
  "PSV AC ROM", "SFW", "D")
T("Sentencing remarks: I accept that you did not set out to exploit anyone, Mr Lewis. The Portuguese workers at your sandwich factory were paid, albeit at the minimum wage, and they lived where they chose. But you failed to check their right to work, and that is why you are before this court.",
  "", "", "")
T("The jury heard from a 19-year-old Nigerian woman who said she had been forced into a 'juju' ceremony in Benin City, in which she swore she would repay a debt of 45,000 euros and never reveal the names of her traffickers. She was brought to the UK on a false passport, which her 'madam' kept, and was made to sell sex in a flat in Birmingham.",
  "DB IT ROD", "", "S")
T("Press release (Essex Police): A man has been convicted of using a vulnerable 15-year-old girl to transport drugs between London and Southend. The girl, who was in the care of the local authority, was given a phone and told to hide drugs on her body. She was assaulted when she tried to stop.",
  "AV PSV", "", "C", child=True)
T("Local newspaper: A Stoke pottery factory worker from Poland has thanked colleagues who raised £4,000 to help him fly home after his father died. His employer gave him paid compassionate leave.",
  "", "", "")
T("Crown Court, 2023: Two Sudanese asylum seekers gave evidence that a man running a car wash in Hull told them they could work for cash 'until their papers came', paid them £2 an hour and told them if they complained he would tell the Home Office they were working. Both said they worked from 8am to 7pm every day.",
  "AV IT EO", "FOA", "L")
T("Local authority licensing report: A massage parlour in Southampton applied for a special treatment licence. Officers visited and found three therapists, all with their own accommodation, qualifications and contracts. Licence granted.",
  "", "", "")
T("R v Ahmed (CPS summary, 2020): A 35-year-old man used a vulnerable Afghan teenager, who had arrived unaccompanied aged 16, to claim Universal Credit under a false identity. He kept the bank card the money was paid into. The boy lived in the defendant's kitchen and was told he would be deported if he spoke to anyone.",
  "AV IT", "NCW SAW FOA", "C", child=True)
T("Serious Case Review (Adult F, 2021): F, 58, lived in a caravan on a travellers' site and had worked for the family who owned it since he was a teenager. He had a learning disability and could not read. He was paid in tobacco and food, and his benefits were collected by the family. The review found that repeated visits by district nurses had not led to any safeguarding referral.",
  "AV WW", "NCW", "L")
T("The Sentinel: Two teenagers charged with shoplifting in Hanley have been released without charge after detectives found they had been sent into shops by an older man who took the stolen goods and gave them cannabis in return. He has been charged with modern slavery offences.",
  "AV", "", "C", child=True)
T("A man who was convicted of rape in 2018 and later claimed in an immigration appeal that he had been trafficked had his claim rejected. The tribunal found no evidence he had been exploited by anyone.",
  "", "", "")
T("Judge jails gangmaster who 'owned' workers: Richard, 45, told Lincoln Crown Court the workers were 'like family'. But the judge said the evidence showed he kept their passports in a biscuit tin, stopped them from having visitors, and charged them £25 a week for the minibus to the fields.",
  "ROD ISO", "CT", "L")
T("101 online report: My elderly dad's carer from the agency is lovely, she works long days but she says she gets paid overtime and has a day off every week. Just wanted to say the agency is good, nothing wrong.",
  "", "", "")
T("Sentencing remarks (Birmingham, 2021): The victim was a Vietnamese woman of 19 who had been brought to the UK in a lorry. You put her to work in your nail bar and then, in the evenings, made her have sex with men at your flat. You told her she owed you £28,000 and that you knew where her parents lived in Hai Phong.",
  "PSV DB IT", "", "L S")
T("Metro: Teaching assistant cleared of forcing her Nigerian nanny to work for free. Bank records showed the nanny had been paid £1,100 a month throughout, and the jury heard she had taken regular trips to see friends in Manchester.",
  "", "", "")
T("OIC update, Op Harbour: Both IPs have now given ABE interviews. IP1 (Albanian, 17 at time) states she was taken to flats in Newcastle and Sunderland by nom KOLA, advertised online, and made to see 8-10 men a night. IP2 (Albanian, 22) confirms she was beaten by KOLA when she refused. Both state KOLA held their passports. Charging file to CPS this week.",
  "AV PSV ROD EO", "", "S", child=True)
T("Local paper: A man who was found sleeping in a supermarket delivery area in Grantham has been helped into a hostel by a charity. He told volunteers he had lost his job at a factory after an argument with a supervisor and his wages had been paid up to the day he left.",
  "", "", "")
T("Court report: the Crown's case was that the woman had been kept as a domestic slave. The defence said she was a relative who chose to live with the family. The jury convicted after hearing that she had worked 15-hour days since 2008 without pay, slept in the kitchen and that her Pakistani passport had been locked in a cupboard to which only the defendant had a key.",
  "EO WW AC ROD", "SAW", "D")
T("Sentencing, R v Danso (2017): The defendant was convicted of trafficking a young Ghanaian man to the UK with the intention of selling his kidney. The man had been promised a place at university. He was held in a flat in south London for three weeks and medical tests were arranged. He escaped and went to a church, where the pastor called police.",
  "DEC ROM", "", "O")
T("Community officer note: Spoke to the manager of the car wash on Brook Rd after public concerns. All 5 staff spoken to separately. They're paid £11.50 an hour into their own accounts, work 9-5:30 with a lunch break, live in their own rented flats. Payslips seen. No concerns. Public advised.",
  "", "", "")
T("Newspaper item: A gang leader who forced Lithuanian men to work at a Kent egg farm was jailed for 11 years. The court heard the men were kept in a house with broken windows and no heating, threatened with a dog if they tried to leave, and paid a fraction of the money their labour earned, the rest being taken by the gang leader.",
  "AC IT WW", "PLC NCW", "L")
T("Witness (hotel receptionist): I saw a girl, 14 or 15 maybe, brought into the hotel by two older men at about 1am. She was crying. They went up to room 307. I phoned the police straight away because I thought she was in danger.",
  "AV", "", "S", risk="immediate", child=True)
T("The Court of Appeal quashed the conviction of a Vietnamese woman who had been prosecuted for working in a cannabis grow in Leeds. New evidence showed she had been told she owed £15,000 to traffickers who held her son in Vietnam, and that she would never see him again if she did not work.",
  "DB IT", "", "C")
T("Local news: A Swindon landlord who let rooms to 8 Polish men at £90 a week each was fined for failing to licence his HMO. The tenants all worked for different employers and paid their rent by standing order. The court heard there was no link to exploitation.",
  "", "OA", "")
# ---- END ENTRIES ----

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh36.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, ind, sig, typ, risk, child) in enumerate(ENTRIES, 1):
            for c in ind: assert c in IND, (i, c)
            for c in sig: assert c in SIG, (i, c)
            for c in typ: assert c in TYP, (i, c)
            if child: assert "AV" in ind, i
            r = risk or derive(ind, sig, typ, child)
            rec = {"id": "f36-%03d" % i, "text": text,
                   "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                   "exploitation": [TYP[c] for c in typ], "risk": r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(ENTRIES), "to", out)

if __name__ == "__main__":
    main()
