#!/usr/bin/env python3
"""Builds bench/text/fresh30.jsonl from hand-written texts and labels below.

Each T(...) call holds one hand-written text and its labels (abbreviated codes,
expanded by the tables here). Risk is derived from the labelling rules unless given
explicitly ('i' immediate, 'h' high e.g. child at risk)."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
           ISO="isolation", PSV="physical_sexual_violence", IT="intimidation_threats",
           ROD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
E = []

def T(text, ind="", sig="", typ="", risk=None):
    inds = [IND[c] for c in ind.split()]
    sigs = [SIG[c] for c in sig.split()]
    typs = [TYP[c] for c in typ.split()]
    if risk is None:
        ks = set(ind.split())
        if "PSV" in ks or "S" in typ.split() or ("IT" in ks and "ROM" in ks) or len(ks) >= 3:
            risk = "h"
        elif inds or typs:
            risk = "m"
        else:
            risk = "l"
    E.append(dict(text=text, indicators=inds, signs=sigs, exploitation=typs, risk=RISK[risk]))

T("INT LOG 2/B/P. POI Florin DUMITRU (DOB 14/03/1988) seen daily 0545hrs collecting 6-7 males from HMO at 22 Carlton Rd in silver Transit, dropped at Sparkle Hand Car Wash, returned after 2100hrs. Males appear unkempt, same clothes all week. Source states DUMITRU keeps 'their bank cards for safekeeping'.",
  "EO WW", "cedl pa lh ncw et", "L")
T("someone shud check the nail place on high st the girl there looks about 14 and she is there till 10 at nite every nite never sees daylight",
  "AV EO", "lh", "L", "h")
T("Salvation Army caseworker note. Client (M, 34, Polish) says he was recruited at a bus stop in Gdansk, promised factory work at £9 an hour with a room. On arrival in Boston he was put in a house with 11 other men, two mattresses to a room. 'Rent' and 'transport' of £120 a week taken from his pay before he sees it; most weeks he got £30-£40. He says the man called Marek holds all their ID cards 'so nobody runs away'. Client left after Marek punched him for asking about his money.",
  "DEC WW ROD PSV AC", "oc plc dt ncw ct", "L")
T("Intel 3/C/P: unverified that a flat above the Golden Dragon takeaway, Market St, is being used by sex workers, possibly Chinese females, advertised on AdultWork, a male seen collecting cash from them at the door. Nothing further re control. Research ongoing.",
  "", "", "S")
T("Went for my MOT at a garage on Foundry Lane and the lads were all working flat out, but they seemed happy, banter with the boss, one said he's going home to Kraków for Christmas on his own ticket. Just reporting cos the place looked a bit rough but honestly probably nothing.")
T("Debrief extract (interpreter: Tigrinya). She says that the man in Libya told her the journey to England was paid and she would work in a shop. When she arrived she was taken to a house in Leicester and told she owed £8,000 for the boat and must 'work with men' to repay it. Each week the number went up because of food and the room. She was not allowed to leave the house alone and a woman called Mama Joy kept her phone.",
  "DEC DB ROM ISO AV", "rm iso", "S")
T("GLAA inspection note: licence holder Greenacre Labour Ltd. Workers interviewed on site at packhouse (18). All hold own passports, payslips reviewed, holiday pay correct, no deductions beyond tax/NI. Minor breach: accommodation fire risk assessment out of date. Advice given.")
T("nom Kevin BRIGGS using flat of vulnerable male (learning disability, known to ASC) at 4 Orchard Court as base for dealing crack/heroin. Neighbours report youths coming and going all hours. Occupant seen sleeping in stairwell. VRM KX17 ZPL linked. 2/B/C - not to be disclosed to LA without OIC approval.",
  "AV", "", "C")
T("My cousin came over to work at a hotel in Bournemouth through an agency. They said £450 a week but she only got £280 after they took the accommodation. She complained and the manager sorted some of it, she's found another job now and left, she's fine. Just want to know if that's legal?")
T("Hospital safeguarding (A&E): F approx 20, Romanian, attended with hand laceration. Accompanied by male who answered every question and would not leave cubicle. Pt appeared frightened, looked to male before replying. No address given. Discharged before SW review.",
  "", "sfw foa")
T("Pop-up brothel. Airbnb flat Whitworth St. 3 Thai females, rotating weekly. Male drives them in and out. 2/C/P.",
  "", "et", "S")
T("Child Protection referral (school DSL). Year 10 pupil J (15) has new trainers, two phones and has been missing from home three nights this month. Found by BTP at Crewe station with £600 cash and wraps. Says 'older lads' make him go and he owes them for a package that 'got taken'. Mum says he is terrified.",
  "AV DB", "", "C", "h")
T("999: Female caller whispering, says she is locked in a room at 17 Ashgrove Terrace, men downstairs, they took her passport, she cannot get out. Line cut. Units dispatched grade 1.",
  "ROM ROD", "rm dt", "", "i")
T("Press summary: Two brothers from Bradford were jailed yesterday for keeping a man with a learning disability in a shed at the bottom of their garden for eleven years, making him lay driveways for no pay. The victim, now 52, was fed scraps and washed with a garden hose. The judge said he had been 'treated as a possession'.",
  "AV WW AC ROM", "plc saw rm", "L")
T("Vietnamese male, approx 16, found by officers during warrant at cannabis grow (converted semi, 8 rooms). Door padlocked from outside, windows boarded. He had been there since spring, fed once a day by a man who comes on a moped. Says he owes his 'uncle' money for the lorry. Detained, now treated as potential victim, NRM submitted, LA children's notified.",
  "AV ROM DB AC ISO", "rm saw plc iso", "C")
T("Council licensing: Nail Spa Deluxe, 11 King St. Premises unregistered for special treatments. Two staff present, both with right to work evidenced, contracts seen. Advised to apply. No welfare concerns.")
T("Caller (anon) says a man drives round the estate with a car full of Eastern European men at 5am every day and they look knackered.",
  "", "cedl et pa")
T("Bank alert (financial crime team): 14 accounts opened at three branches in 10 days, all by Slovak nationals giving the same address 9 Bright St, Derby. Same mobile number on every account; cards used at one ATM in sequence on pay day. Wages from FreshFields Recruitment deposited then withdrawn in full within an hour.",
  "WW", "mbc ncw", "L")
T("Debrief (first person, as written by client): I come from Albania to work in a restaurant. This was what Arben tell me. In London he take me to a flat and say now you work for him with men. If I say no he hit me and say he will send photos to my father. I have no money, all money go to him. I stay in this flat two years and I go out only with him.",
  "DEC PSV IT WW ROM", "ncw rm et", "S")
T("Intel 2/A/P: source who works at Westgate Recycling reports pickers on agency line are Romanian and Bulgarian, brought by minibus by same man who collects their wages in cash on Fridays at the gate. Source has seen men working 14hr shifts six/seven days. Some sleep in portacabin on site.",
  "WW EO", "et ncw lh saw", "L")
T("There is a kid at our mcdonalds every night, can't be more than 12, begging with a woman who takes all the coins off him every half hour. She shouts at him in another language. Its freezing and he has no coat.",
  "AV", "pa ncw", "C", "h")
T("Probation note: PoP states former employer at scaffolding firm 'never paid him on time'. Two payments late in March, both since received in full. He has since moved to a new firm. No exploitation concerns identified.")
T("NCA/Border Force note (LHR T4): Indian national female, 24, arriving on domestic worker visa with diplomatic household. Sponsor's driver holds her passport and would not release it to officer at first. She says she has not been told where she will live or how much she will be paid. Passport returned to her, leaflet given, details passed to Kalayaan.",
  "ROD", "dt", "D")
T("Intelligence report. Grading 3/C/C (not to be shared with employer). INT suggests Lithuanian 'gangmaster' known as VYTAS takes £300 'finding fee' from each worker before they start at Hollins Farm. Unknown if workers are controlled further.",
  "", "uf")
T("Referral from Barnardo's: girl, 14, regularly goes missing and returns with vodka, new nails and a phone paid for by 'Tash', a 22-year-old male. Worker has seen messages where he asks her to 'be nice to his mates' and tells her she owes him for the phone. She has been taken to hotels in Rochdale and Bury. She says she loves him.",
  "AV DB PSV", "", "S", "h")
T("Witness statement (extract): I employed Mrs Achieng as a carer for my mother for two years. She had her own flat, her own days off and her passport was in her own handbag. I paid her by bank transfer every month. I make this statement because I understand a complaint has been made about the agency she worked for before she came to us, not about us.")
T("the boss at the car wash on the a6 keeps the boys passports in the safe in the office i seen it when i went in to pay, he told me its so they dont lose them, they live in the caravan out back with no water",
  "ROD AC", "dt plc saw", "L")
T("Call summary 101: Male reports his ex-partner has been sending threatening messages and turning up at his workplace. Domestic abuse risk assessment (DASH) completed: medium. No third parties involved.")
T("OIC handover: Op LINDEN. 5 x Filipino males crew on scallop dredger GRACE MARIE (Newlyn). Statements taken. All say they were told £900/month, actually receive $300 'sent home to their families' by the agent. Kept on board in port, not allowed ashore without skipper. Working 20hr days in season. Skipper struck one with a rope. Welfare checks done, all in accommodation via Stella Maris.",
  "DEC WW ROM EO PSV", "rm lh ncw", "L")
T("GP note: patient (F, 38, Nigerian) presents with back pain and exhaustion. Says she works for a family in Barnet 'from morning prayer to midnight', looking after elderly mother and children, no day off in 3 years. Employer drove her to surgery and waited outside. Patient says she cannot leave because 'Madam has my papers' and she has nowhere to go.",
  "EO ROD", "lh dt et", "D")
T("Public report: There's men living in the back of the tyre shop on Leek Rd, I see them hanging washing on the fence, must be 6 or 7 in one room, the owner brings them food in bags. They never seem to go anywhere.",
  "AC", "saw oc plc rm", "L")
T("A&E: Male, approx 30, Sudanese, 2 fingers partially amputated in meat processing machine. Worked through agency. Says he was given no gloves or training and he paid £40 for his boots himself which was taken from first wage. Lives in shared house arranged by agency.",
  "AC", "ppe", "L")
T("Intel 1/B/P: Kidney. Source says a man in Ilford called 'Doctor Javed' arranges for young Pakistani men to travel to Lahore to 'sell a kidney' for £3,000 to pay off family debts. At least one man returned, was paid £500 and was threatened when he asked for the rest.",
  "AV DEC IT", "", "O")
T("Domestic abuse referral: F, 29, says husband checks her phone, criticises her friends and shouts at her when drunk. She has a job as a teaching assistant and leaves home for work daily. No labour or sexual exploitation disclosed. IDVA referral made.",
  "", "")
T("I was worried about a girl at the bus stop on Tuesday because she looked scared and a man was shouting at her, but I found out after it was her dad telling her off for missing school. Please ignore my earlier email.")
T("Council environmental health visit: Raj Tandoori, 45 Station Rd. Kitchen hygiene poor. Two staff, both resident above premises in one room with bunk beds. Staff say they are paid £200 per week for 72 hours, owner 'keeps the rest for the visa'. One staff member had no shoes on.",
  "WW EO AC", "saw lh oc plc", "L")
T("pls help my friend Anna she went to Manchester for modeling job she found on Instagram and now she cant leave the flat they took her phone she only messages me on another girls phone and says men come every night",
  "DEC ROM ISO", "rm iso", "S", "i")
T("Police log: Theft from shop, Boots Ashby St. Two females (Romanian) detained with £400 cosmetics in lined bag. Both say they were brought from Craiova by a man who drives them to different towns daily and takes what they steal. They say he holds their IDs. Interviewed with interpreter. NRM discussed, one declined (DtN completed).",
  "ROD WW", "dt et ncw", "C")
T("Organ: INT suggests female from Moldova brought to UK under pretext of cleaning job, now being pressured to undergo 'medical tests' at private clinic abroad, possible kidney removal. Recruiter took her passport at Stansted. Grading 3/C/P.",
  "DEC ROD", "dt", "O")
T("Voicemail transcript, Modern Slavery Helpline: 'Hi, this is Tom at Brookside Building Supplies. We took on four lads from an agency and they've all been paid properly and have their own digs, I only ring because one lad asked if he had to hand me his passport and I said absolutely not, he keeps it. Just to flag that he asked. Nothing happening here.'")
T("INT 2/B/P: Slovak Roma family (x3 adults) at 40 Dale St believed to have been brought over by KOVAC family and registered for Universal Credit; KOVAC holds their bank cards and collects the payments. Adults working at Lakeside Poultry; their pay also goes to an account KOVAC operates.",
  "WW", "ncw", "L C")
T("Au pair agency complaint: host family in Richmond say their au pair (19, Spanish) has been rude and left without notice. The au pair told the agency she left because she was expected to work more than the agreed 25 hours. Agency confirms she had her own room, her passport and her own bank account. Mediated; she has moved to a new family.")
T("Referral from Children's Social Care: M (16, British) believed cuckooed out of his own mum's flat; older males from Liverpool stay there and he is sent to Blackpool with drugs in his underwear. Has a facial injury he won't explain. Told a youth worker 'they'll do my mum if I stop'.",
  "AV IT", "pa", "C", "h")
T("Intel log 3/C/P: Possible sham marriage. Portuguese female (EU settled status) due to marry Pakistani male at Blackburn register office on 12/04. Informant says she has been 'paid' to marry so he can get status, and is 'staying with' groom's cousins who won't let her go out alone until the wedding.",
  "ROM", "rm", "C")
T("Statement of victim (translated from Vietnamese): I paid 15,000 dollars to a man in Nghe An for a visa to work in a nail shop. My family borrowed this from the bank. In England the owner said I must work one year without salary to pay back the lady who brought me. I worked 8 in the morning to 9 at night, every day. I slept on the floor behind the shop with two other girls. The owner said if police come I must say I am her niece or I will go to prison.",
  "DB WW EO AC IT", "uf lh saw foa", "L")
T("Care Quality Commission notification (forwarded): Sunnyvale Care Home. Two overseas carers on sponsorship raised that the manager told them they must repay £6,500 'sponsorship costs' if they leave within 3 years, deducted from pay at £400 a month. Rotas show 70-hour weeks. Carers say they are afraid of losing their visa if they complain.",
  "DB EO", "lh foa", "L")
T("Anon webform: My neighbour has loads of cars parked outside and lots of different men coming to the house at night. I think its a brothel?? There was a woman crying in the garden on saturday. I dont know anything else.",
  "", "", "S")
T("POI: Ahmed RASOOL. INT: runs 'agency' supplying Kurdish/Iranian men to hand car washes across West Yorks. Men pay £50/wk for transport in his van and £70/wk for beds at unit 3 Canal Works. Said to pay them £40 a day for 11-12 hrs. 2/C/P.",
  "EO", "ct lh", "L")
T("I have been cleaning houses for a Romanian couple for a year. I get £5 an hour and they give it to me at the end of the week but they keep £50 for food. I know this is low. I want to find better job. I can leave and I have my passport.",
  "", "", "", "l")
T("Financial intel: Barclays reports account holder Maria POPA (DOB 02/11/2001) receiving salary from Harvest Fresh Ltd; funds moved same day to account of Gheorghe LUCA. 11 other accounts show the same pattern into LUCA. Cards registered to one address in Spalding.",
  "WW", "ncw mbc", "L")
T("School referral: Year 8 girl (12) told teacher she has been 'going out with' a man of 19 who picks her up in a car after school, gives her cannabis, and has made her send him naked photos which he has shown to his friends. She said he told her if she tells anyone he'll post them online.",
  "AV PSV IT", "", "S", "h")
T("Officer note: visited hand car wash at rear of petrol station, Wigan Rd, with HMRC. 4 workers, all Albanian. All produced payslips and own ID, confirmed rent paid themselves to a private landlord, work 9-5 Mon-Sat. Owner co-operative. No MS concerns. Minimum wage query passed to HMRC.")
T("I came to UK to be a chef. Mr Singh in Delhi tell me 'you will have good restaurant job and good salary'. Here I do the washing and cleaning, 14 hours, and I sleep in storeroom. He said my salary he is sending to my family in Punjab but my family say they get nothing. He keeps my passport in his house.",
  "DEC EO WW ROD", "lh saw dt", "L")
T("Helpline report: Caller works at a bed factory in Dewsbury. Says a group of Bulgarian workers are always brought by a man called Mitko, who translates for them and stops them talking to other staff. One told the caller in the canteen 'Mitko keeps the money, we get some for cigarettes'.",
  "WW ISO", "sfw et ncw iso", "L")
T("Victim debrief extract (Romanian female, 23, via interpreter): She says that her boyfriend Costel brought her to Birmingham saying they would work in a hotel together. After a week he told her she had to have sex with men for money because he owed people. He kept all the money. When she refused he beat her with a belt and locked her in the bathroom. She escaped when he was arrested for a driving offence.",
  "DEC PSV WW ROM", "ncw rm", "S")
T("OFFICIAL-SENSITIVE. Handover: male found wandering M6 hard shoulder near J16 at 0300. Appears Vietnamese, approx 17, no English, very thin, sores on hands. Had a piece of paper with a Stoke address. Believed to have escaped from a cannabis farm. Taken to place of safety, NRM via LA.",
  "AV", "pa", "C", "h")
T("Reports of young women going in and out of the massage parlour on Mill Rd late at night. Licensed premises, checked by council last month: all staff spoken to, no concerns raised.")
T("INT: Building site, Nine Elms. Source says Brazilian labourers supplied via gangmaster 'Paulo' are made to buy their own hard hats and boots from him at £80, and he keeps their first two weeks' wages as a 'deposit'. 2/B/P.",
  "WW", "ppe", "L")
T("Modern slavery helpline: Caller is an ex-employee of a mushroom farm in Herefordshire. Says seasonal workers from Kyrgyzstan on the seasonal worker visa were told there would be 40 hours of work guaranteed but got 10-15, not enough to pay back the £3,000 recruitment fee they borrowed at home. Some are sleeping in a polytunnel.",
  "DEC AC", "uf saw plc", "L")
T("Intel 3/D/P: unconfirmed rumour on social media that a local takeaway 'uses slaves'. Nothing to support; owner's family run the business.")
T("Police intel, 1/A/P. Officer observed at 06:10 hrs 12 males queuing at the side door of Unit 7 Harbour Industrial Estate. Vehicle VRM YF63 OLU (Ford Transit) arrived and males got in. Same observed at 22:40 on return. Unit is a registered food processor.",
  "", "cedl et")
T("Safeguarding adults: Mr P (61, alcohol dependent) says a man who 'helped him out' has moved into his bungalow and uses it to store stolen goods and sell drugs, gives him cans in return. Mr P says he can't ask him to leave because the man said he'd burn the place down with him in it.",
  "AV IT", "", "C")
T("pls look at 42 Gorse Ave the man there has a lady from philipines who does EVERYTHING cooks cleans walks the dogs at 6am and I've seen her at 11pm still washing the car. she never goes out, only to bring bins out. he shouts at her in the garden.",
  "EO", "lh rm", "D")
T("NGO (Unseen) case note: Client says she came on a student visa, lost her job at a café and was offered a room by a woman she met at church. Rent was 'free' but she had to look after the woman's children and cook for the house. Over months the woman said she owed £3,000 for the room and took her passport 'as security'. Client now in safe house.",
  "DEC DB ROD AV", "dt", "D")
T("Inspection (GLAA) at Marsh Lane Farm: 60 seasonal pickers. 2 workers said they paid £1,500 each to a recruiter in Nepal for the job. All else compliant - accommodation clean, pay correct, workers free to come and go. Referred recruitment fees to Home Office sponsor team.",
  "", "uf")
T("Bedsit on Portland Rd. Door kicked in by occupant's boyfriend during argument. Criminal damage report. Female fine, staying with mum.")
T("Message received via Crimestoppers: 'the kitchen lads at the chinese on Bridge St sleep upstairs on mattresses, about 8 of them, they work from 10am till 2am, i used to deliver there, the owner has all their passports in a drawer'",
  "AC EO ROD", "oc saw lh dt plc", "L")
T("Intel 2/A/C (do not disclose source identity): Female 'Kristina' (Latvian, 30s) is being sold as a 'wife' for £5,000 to men in Glasgow seeking residency. Handler 'Tomas' keeps her passport and takes her to each registry appointment; she has been forced to sleep with two of the men and was beaten when she refused.",
  "ROD PSV", "dt et", "S C")
T("Organ trafficking: Reported by renal unit at QE Hospital - patient (British-Pakistani, 55) returned from abroad with transplanted kidney, stated 'donor' was a young man paid by a broker. Patient reluctant to say more. Referral to NCA.",
  "", "", "O")
T("Debrief (male, 41, Polish, English). 'I was homeless in Wrocław. A man said come to England, house, work, good money. They drive us in minibus. In Kidderminster they open bank account for me and keep the card. We work at roofing, no money, only tobacco and food. If you say something they say you will be on the street again. I was 4 years there. The boss hit me with a shovel one time.'",
  "AV DEC WW PSV IT", "ncw", "L")
T("Report from a housing officer: tenancy check at 15 Mews Lane found 14 men living in a 3-bed house, several sleeping in the kitchen and garage. Landlord's brother runs a labour agency that places them at a packing plant, deducts £90 a week rent from each man's wage. Heaters broken, black mould.",
  "AC", "oc plc", "L")
T("Tenant reported landlord for not returning deposit of £900 after moving out. Civil matter, advised re deposit protection scheme.")
T("Info received by OIC DC HALL: Eritrean minor (15), UASC, went missing from hotel accommodation in Hove. Seen getting into a car with two older males. Phone off. High risk missing.",
  "AV", "", "", "i")
T("Intel: female aged 17 being advertised for 'parties' on Snapchat by known males in Oldham. 2/B/P.",
  "AV", "", "S")
T("I was at the nail bar on Church St getting my nails done and the girl doing them (Vietnamese, very young, maybe 16) kept saying sorry and asking if I was police. When I asked if she got paid well she said the boss 'keeps it for me'.",
  "AV WW", "foa ncw", "L", "h")
T("Partner referral (Migrant Help): Sudanese male, 22, asylum seeker, approached at Home Office hotel by man offering cash work at a shisha bar. Paid £20 a day for 12-hour shifts; now owes the man £1,200 for 'a solicitor' he says he arranged. Told that if he stops, the Home Office will be informed and he'll be deported.",
  "AV EO DB IT DEC", "lh foa", "L")
T("INTELLIGENCE REPORT\nSource: 2  Intelligence: B  Handling: P\nSubject 1: Besnik HOXHA (DOB 07/07/1990) - owner of 'Kosova Kutz' barbers, 3 Fore St.\nSubject 2: Ermal (NFD), approx 18-19.\nSubject 3: Jade WILLIAMS, HOXHA's partner, works at the bank on Fore St.\nINT suggests HOXHA brought Ermal from Albania on a lorry last year. Ermal sweeps up and cuts hair at the shop 9am-9pm seven days, sleeps on a camp bed in the back room. HOXHA tells customers Ermal is his cousin. Ermal has been heard saying he still owes 'the men in Tirana' £10,000 and that HOXHA sends it to them out of his wages. WILLIAMS is not believed to be involved.",
  "EO DB WW", "lh saw ncw", "L")
T("Saw a man slap a woman outside the Polish shop, she was holding a baby. He then drove off in a red Astra. She went back into the shop. Don't know if that's slavery but it was horrible.",
  "", "")
T("GP letter: Mrs K (71) has been diagnosed with chronic kidney disease stage 5 and is on the transplant list at the Royal Free. Her son has offered to be a living donor and is undergoing assessment. No concerns.")
T("Intel 2/B/P. Car wash on Hyde Rd. Workers (x5, Iraqi Kurds) live in a portakabin at the back with no toilet. Owner SHWAN holds their asylum papers. One worker has a burn on his arm from chemical, no gloves given. Work 8am-8pm daily.",
  "AC ROD EO", "saw plc dt lh pa", "L")
T("Police log: Occupants of flat 6 Cedar House stated to be sex workers working independently; spoke to both (Brazilian, 28 and 31). Both have own passports, rent the flat themselves, keep their own earnings and say nobody controls them. Safety advice and support leaflets given (Basis Yorkshire).")
T("Called 999 cos theres a lad screaming in the back of a van outside the Co-op and 2 men holding the doors shut. Reg begins WU19. Going towards the ring road NOW",
  "ROM", "rm", "", "i")
T("Caseworker (BAWSO) note: Client (Bangladeshi, 26) married in Sylhet and came on spouse visa. Husband's family keep her passport and BRP, she does all cooking, cleaning and caring for his grandmother from 5am. She is not allowed to leave the house or use a phone. When she asked to see a doctor the mother-in-law beat her with a slipper. She speaks no English and does not know the address.",
  "ROD EO ROM ISO PSV AV", "dt lh rm iso", "D")
T("Victim account (Filipino, 45, female, written statement): I came with my employer from Dubai to London in 2019. In Dubai they took my passport, in London they still have it. I work from 6 in the morning to 1 at night, I do not have a day off. I sleep in the laundry room. Madam pays my salary to my agency in Manila, I never see it. I am not allowed to speak to the other maids in the building. When the family went to the country I was locked in the flat for a week with food.",
  "ROD EO AC WW ISO ROM", "dt lh saw ncw iso rm", "D")
T("Helpline note: Hotel housekeeper (Polish) says she is paid by the room, not by the hour, and some weeks makes less than minimum wage. She has her own flat and documents, is not threatened, and wants advice on employment rights. Signposted to ACAS.")
T("Int: females observed in doorway of 'Lucky Nails', 4 Broad St, at 07:00 and 23:00 being dropped/collected by black Audi. 2/B/P",
  "", "cedl et")
T("Debrief extract (Vietnamese male, 19). He says that in Vietnam the recruiter promised him a job in a car factory in Germany. He travelled for many months. In England he was put in a house and told to water plants. The door was locked from outside and the man took his phone. He was given rice and noodles. When plants were cut the boss said he still owes 30,000 pounds. He was beaten when some plants died.",
  "DEC ROM ISO DB PSV", "rm iso", "C")
T("Three Nigerian women found at address in Croydon during raid on an unrelated fraud operation. One, 17, says a 'madam' brought her on a false passport for 'hairdressing apprenticeship', but she was put to work in a flat with men. She believes she will die if she breaks her juju oath. Madam says she owes 35,000 euros. The other two women (36 and 40) are the tenants and are not believed to be victims.",
  "AV DEC DB IT", "", "S", "h")
T("REPORT: POI's girlfriend reports POI has been stealing from her and selling her jewellery. Theft reported. No other concerns.")
T("Intel (2/B/C - not to be shared with the GLAA until sanitised): Workers at Parkside Salads packhouse pay agency boss 'Dima' £25 a week for a minibus ride 10 mins down the road and £15 a week for gloves and hairnets. Long shifts 6am-7pm.",
  "EO", "ct ppe lh", "L")
T("Hospital note (maternity): Patient (Albanian, 20) presented at 32 weeks, no antenatal care. Male 'partner' (40s) would not allow her to be seen alone and insisted she did not need an interpreter. She has bruises on upper arms. When he stepped out she wrote 'help' on the notes.",
  "PSV", "sfw pa", "", "i")
T("Statement of Kerry (27, British): I was homeless and on spice. Dean let me stay in his flat. After a few weeks he said I owed him for the room and the gear and I had to work it off by going with men he knew. He kept my benefits card. He would lock me in when he went out. He said if I went to the police he'd tell them I was dealing and I'd go down.",
  "AV DB ROM IT PSV", "ncw rm foa", "S")
T("Intel 1/A/P: Officer observation. Van VRM BX62 TWN dropped 4 females at 'Nails by Lee', 22 Market Place at 08:55. Females appeared young (16-18). The driver handed keys to one female and left. Van registered to LE, Van Dung (DOB 01/01/1985).",
  "", "et")
T("I worked on a fishing boat out of Peterhead. The skipper kept my seaman's book and my passport. We fished 18-20 hours, slept 4. When I said I was sick he said I must work or no pay. After 10 months I got £1,200 total. My contract says $1,000 per month.",
  "ROD EO WW DEC", "dt lh", "L")
T("CAD: child, approx 10, seen selling lighters on the train between Manchester Piccadilly and Stockport with an adult female who keeps the money. BTP attending.",
  "AV WW", "ncw", "C", "h")
T("LA adult safeguarding: Mr T (38) has a learning disability. A couple he met at the pub moved in with him 6 months ago. His bank statements show his wages from his part-time job at Asda are withdrawn the day they arrive by the couple. He now sleeps in the living room while they have the bedroom. He says they are his friends.",
  "AV WW", "ncw", "", "m")
T("anyone know anything about the cleaning company going round the estate? they offered my mum a job, i checked them and they are a real company, paid her £11.44 an hour and she's been fine. Just asking in case.")
T("Int: RUSSELL, Kyle (DOB 12/12/1999). Controlling line 'TONY' from Lewisham into Margate. Uses local teens (13-16) to run. INT suggests he put a knife to one runner's throat after a shortfall. 2/B/P.",
  "AV IT PSV", "", "C", "h")
T("Caller: My friend's daughter is being forced to marry a man in Pakistan next month. She's 17. They've taken her passport so she can't go anywhere and she's been kept off school.",
  "AV ROD ROM", "dt rm", "", "i")
T("Intel 2/B/P: garage on Dock Rd. 3 Sudanese males working under owner 'Abu Bakr'. Males are asylum seekers with no right to work; paid cash £30 per day. No evidence of threats, documents retained or control. Immigration offences referred.",
  "", "")
T("Report from neighbour at 3am: 'There are girls screaming at number 48 and a man shouting you are not leaving this room, I will kill you if you open that door'.",
  "ROM IT", "rm", "", "i")
T("Rev. Mike at St Aidan's drop-in reports a young Romanian man (20) who says he came for construction work and was promised £100 a day. He was taken to a house in Harrow with 15 men and has been working for 3 weeks with no pay; the boss says he'll be paid 'at the end of the job'. Every week they are told the job is not finished yet. He's asked for help to get home.",
  "DEC WW AC", "oc", "L")
T("Fraud intel: 23 false UC claims using identities of Romanian nationals living at 7 Hope St; claimants say they were asked for their passports 'for the job' when they arrived and never got them back. Benefits paid into accounts controlled by LAZAR.",
  "ROD", "dt ncw", "C")
T("Public report: theres a lady always sitting in the same doorway by Greggs with a sign, same one every day. Someone should help her.")
T("Debrief: 'My name is Lena, I am from Ukraine. A woman in Kyiv said she had a job for me as a nanny in London for a rich family, 2,000 pounds per month. When I came she said the family had changed their mind, and she took me to a house in Ilford where I had to have sex with men. I had no phone, no money. She said she knew my mother's address in Kharkiv.'",
  "DEC PSV ISO IT", "iso", "S")
T("Anon: The farm near Boston has loads of caravans and some of the workers look really young and thin.",
  "", "pa")
T("Border Force (Dover): coach stopped, 6 Romanian women travelling with one man who held all 6 ID cards and tickets. Women said they were coming to work in a 'hotel' but none could name it. Man refused entry; women offered support, 4 returned to Romania voluntarily.",
  "ROD", "dt")
T("Witness (hotel night porter): I saw a man bring a young girl in school uniform to room 214 twice this week. He booked it in his name. Girl looked about 14. She didn't say anything.",
  "AV", "", "S", "i")
T("Inspection note: cockle beds at Morecambe, seasonal. Gang of 9 working for licensed gangmaster, all with proper safety kit, tide times briefed, paid per kg with receipts. Compliant.")
T("Probation officer's note: client works about 45 hours a week at a car wash including some paid overtime, says he's paid properly, has his own bank account and likes the extra money. No concerns.")
T("INT 2/B/P re: Lamb Lane kidney 'donors'. Source states Eritrean men in Calais camp offered passage to UK free if they 'give one kidney' in Egypt first. One man now in Coventry has a long scar on his side and says he was not paid what was promised and is told he still owes for the crossing.",
  "AV DEC DB", "pa", "O")
T("i think there is a girl being kept at the house next door. man goes out and locks the door every morning with a padlock on the OUTSIDE. i seen her face at the window. she waved at me and then the curtain shut quick",
  "ROM", "rm", "", "i")
T("Referral (Kalayaan): Domestic worker, Moroccan, 33, came with Saudi family on Overseas Domestic Worker visa. Works 18 hours a day, sleeps on floor of children's room, fed leftovers. Employer's wife slaps her. Paid 'into her account in Morocco' but she has never seen a statement. Escaped when taken to Harrods by the driver and left alone at the door.",
  "EO AC PSV WW", "lh saw", "D")
T("nom DOYLE, Liam. 2/B/P. Recruiting 14-15 yr old girls from Hollybank care home to 'parties' in a flat on Newton St, supplying vodka and MDMA. Girls returned next day dishevelled, one disclosed sexual assault but withdrew.",
  "AV PSV", "pa", "S", "h")
T("GLAA: Licence application refused for A-Z Staffing Ltd following unannounced inspection. Finding: workers charged £30 per week for transport whether they used it or not. No other indicators found; workers had their own documents and bank accounts.",
  "", "ct")
T("Message on force Facebook page: 'The guy at the car wash on Chorley New Road has a black eye every time I go. Boss screams at them. I think they sleep there as the lights are always on.'",
  "", "pa saw")
T("Victim statement (male, Romanian, 28, interpreted): He says that he worked for Vasile on building sites in Essex for 14 months. Vasile took his ID card when he arrived 'to register him' and never returned it. He was paid £200 a month; Vasile said the rest was for rent, food and the debt from the minibus to England. The debt was still £1,800 when he left. When another worker went to the police, Vasile showed them all a video of that man being beaten.",
  "ROD WW DB IT", "dt ncw", "L")
T("Press: A Sheffield couple have been convicted of holding a young Ugandan woman as a domestic slave for five years. She was made to care for their four children and clean the house around the clock, slept on a mattress in the hallway and was never allowed out unaccompanied. The couple told her she would be arrested and deported if she spoke to anyone.",
  "EO AC ROM IT ISO", "lh plc rm foa iso", "D")
T("Road traffic collision A14, minibus with 9 agricultural workers; 3 injured. All workers employed by farm directly, licensed transport, no concerns raised in welfare checks.")
T("Intel 2/B/P: Pakistani national Tariq MIR operating as 'marriage consultant'. INT he arranges for UK-based men to marry vulnerable young women from Jhelum; the women are then kept at home to do household work for the extended family and not allowed contact with their own family. One such woman, Sana, was seen at the GP with burns.",
  "AV ISO PSV", "iso pa", "D")
T("Intel 3/C/P: unknown males trying to recruit young Black boys outside Lewisham College with offers of 'quick money'. Nothing further.",
  "", "")
T("Safeguarding referral from housing provider: 4 Vietnamese young women (18-20) living in a 1-bed flat, no furniture except mattresses, almost no belongings. They work at a nail bar owned by the tenant, who drives them there and back. Said they 'don't need money' because 'auntie' looks after it.",
  "AC WW", "oc fpe et ncw plc", "L")
T("Debrief account: 'They told me I was going to be a waitress. I was 16. At the airport the man took my passport and said I would get it back when I paid him 20,000. In the first house there were 7 girls. We were not allowed out. I was raped by the man on the first night and then men came every day.'",
  "AV DEC ROD DB ROM PSV", "dt rm", "S")
T("My neighbour's cleaner comes every Tuesday and she's from Brazil. She drives her own car, has other clients and is lovely. The police leaflet made me worry but I asked her and she laughed.")
T("POI Marius ZAMFIR, POI Elena ZAMFIR. Arrested for 'begging ring' - 11 adults with disabilities (amputations, one deaf) brought from Romania, placed at pitches in Cardiff city centre, takings collected by Elena every 2 hours. Housed in 1 room. Disabled victims told police ZAMFIR would 'send them home with nothing' if they did not hand over money.",
  "AV WW AC IT", "ncw oc", "C")
T("Intel 2/B/P: a male (NFD) buying 20+ Oyster cards at Victoria station each week; observed handing them out to Romanian nationals who then board a coach to a packhouse in Hertfordshire. Believed cost deducted from wages.",
  "", "ct et")
T("999: man says he's escaped from a farm where he's been kept, he's bleeding from his head, he doesn't know where he is, he's on a road with fields. Phone location approx Holbeach. Says the men are looking for him.",
  "ROM PSV ISO", "pa rm iso", "L", "i")
T("Intel log: Chinese female 'Lily' working in massage parlour in Reading; speaks no English; is said by customers to be 'there every day, every hour'. She has told a regular that she has to pay 'the boss' for her flight and 'it's a lot'. 2/C/P",
  "DB EO", "lh", "S")
T("Children's services referral: R (16) from Afghanistan, unaccompanied, working in uncle's takeaway after school until 2am. Says uncle paid his journey and he must work until it's paid. Not attending school regularly.",
  "AV DB EO", "lh", "L", "h")
T("Information from BTP: male (Albanian, early 20s) arrested for possession of cannabis with intent at Euston. In interview states he was forced to deliver by men he owes £12,000 for his journey. He says they know where his family live in Kukës. s45 defence raised.",
  "DB IT", "", "C")
T("INT 2/B/C (source protection - do not share outside MSU): Nominal 'Uncle Tony' controls several Nigerian women in a house in Peckham who do his cleaning and cook for his restaurant unpaid; he holds their passports. The women have been told their families in Benin City will be 'dealt with' if they leave.",
  "WW ROD IT", "dt", "L D")
T("Witness: I was a supervisor at a distribution warehouse. Lots of workers from a particular agency (Star Staff) seemed frightened of their team leader, who also drove them in and stood at the end of the aisle. I reported it to HR but never saw anything like them being hurt or not paid. I'm not sure if it's relevant.",
  "", "et foa")
T("Officer handover: warrant at 3 Gower St (Op WILLOW). Three rooms of cannabis (approx 300 plants). Two Vietnamese males in attic, one with learning difficulties per interpreter. Mattresses, rice cooker, bucket toilet. Both say they came for work in a factory, owe 'the boss' for their transport and were told the police would put them in jail for years if they ran. Both NRM'd.",
  "AV DEC DB IT AC", "saw plc foa", "C")
T("We have a Polish builder working on our extension, he brought 3 guys, all nice, staying in a B&B, paid weekly. Neighbour called the police on them because one had no ID on him. Police checked, all fine.")
T("Hello, I'd like to report that my ex-employer (an office) made us work unpaid overtime on a project last month. I am British and still work there. Where do I complain?")
T("Note from renal nurse: Patient from Iraq had a nephrectomy scar but no record of surgery. He says he 'gave' a kidney in Iraq for money to pay for his brother's smuggling, and that the smuggler arranged it. Emotional, reluctant to say more.",
  "AV", "pa", "O")
T("Intel 2/B/P. Ukrainian refugee (F, 24) under Homes for Ukraine scheme with sponsor in Surrey. INT she is expected to do all cleaning, childcare and cooking for the sponsor family for no pay and has been told she'll be 'put on the street' if she complains. She has no other contacts in the UK.",
  "AV WW IT ISO", "iso", "D")
T("Report of a dog left in a car at Tesco for an hour in the heat. RSPCA informed.")
T("Online report: 'I'm being made to work at a restaurant and they won't let me go, they said if I leave they'll hurt my sister in Hanoi. My boss keeps my passport. I work every day. Please come to the address I'll send later.' (sender not identified, no address received)",
  "ROM IT ROD EO", "dt rm lh", "L")
T("CCTV review at Sainsbury's: group shoplifting (3 females, 1 male), known locals, no evidence of control. Arrests made.")
T("Intel 2/B/P: Op HAWTHORN. Crew of the trawler 'Sea Harvest' (Ghanaian x4) allegedly not allowed off the vessel when in port at Brixham; skipper keeps their passports in the wheelhouse. Crew have told port chaplain they have not been paid for three months.",
  "ROM ROD WW", "rm dt", "L")
T("DC MORRIS - summary of ABE interview with Child X (14): X says that 'Jay' gave her a place to stay when she ran away. He then told her she owed him and she had to 'do stuff' with men at a house in Stoke. He took her phone and said her mum didn't care about her. She was there on and off for 4 months.",
  "AV DB PSV ISO", "iso", "S", "h")
T("Farm worker posted a review on Glassdoor: 'Hard work, long days in summer, pay fair, housing clean, manager listens.' Forwarded by a concerned member of the public who thought long days = slavery. No concerns.")
T("Debrief, interpreter present (Kurdish Sorani): He says he paid the smugglers 8,000 dollars to reach the UK. In Birmingham the smugglers' friend gave him work at a car wash and a room, but after one week told him he owed 3,000 pounds more for the car from Dover. He worked 11 hours a day, got 10 pounds a day for food. When he asked to leave, the man said he would call immigration.",
  "DB WW EO IT AV", "lh foa", "L")
T("GLAA intel: chicken catching gang, Norfolk. Workers transported nightly 9pm-7am across 3 counties. Gang leader 'Sasha' takes their pay cards and pays them cash £150/week. Workers housed 4 to a room in caravan with no heating.",
  "WW AC", "ncw oc plc et", "L")
T("There's a woman who sells the Big Issue outside Boots and she says she's fine, she has a flat and her son visits her. People keep reporting her as a slave which is upsetting for her.")
T("Intelligence log. 2/B/P. Subject: NGUYEN Van Hai (DOB 05/05/1992). Operates 3 nail bars in Hampshire. INT: new Vietnamese staff arrive without money or belongings, live above the shop in Eastleigh and are given 'pocket money' of £30/week. NGUYEN takes them to and from work himself.",
  "WW", "fpe ncw et", "L")
T("101 online: I keep seeing a girl about 13 getting into different cars outside the chip shop on Dale Rd late at night, older men, she looks off her face. Last time she was crying.",
  "AV", "pa", "S", "i")
T("Referral (Medaille Trust): Client F, 31, Lithuanian. She met a man online who promised her a life together in England. When she arrived he said she must pay back the flight and rent by having sex with his friends. She was kept in a flat in Luton with three other women. She escaped after 7 weeks through a window.",
  "DEC DB PSV ROM", "rm", "S")
T("Intel 2/A/P: Officer saw ATM on Market St used by one male with 9 different cards in sequence at 0200 hours. Cards in names of Romanian nationals. Male identified as COSTEA, known to run a labour gang at a packhouse.",
  "WW", "mbc ncw", "L")
T("An officer visited the car wash on Lancaster Rd after a public report. Workers (4) say they work 8-6, paid £90 a day cash directly by the owner, live in their own rented houses. One mentioned he had a previous job where he was not paid, in Italy, in 2015. No current concerns.")
T("Partner agency (Refugee Council): Eritrean young man, 18, says that in Libya he was held in a warehouse and beaten until his family paid ransom. In the UK he is now staying with a friend and attending college. No exploitation in the UK disclosed.",
  "PSV", "", "", "h")
T("caller concerned about nanny at next door, she pushes the pram every day and looks tired. Officers spoke to nanny (Spanish, 26): works 40 hrs a week, live-out, paid well, has her own passport and is 'just tired because of the baby teething'. No further action.")
T("Intel 2/B/C: Romanian male 'Bogdan' recruiting homeless Eastern Europeans from soup kitchen at Marble Arch for 'work in a warehouse in Essex'. Those who went came back after weeks saying no pay, they slept in a garage and Bogdan kept their ID. Source unwilling to be identified.",
  "AV WW AC ROD", "saw plc dt", "L")
T("Victim statement (first person, translated from Chinese): 'The lady who brought me told me I would work in a restaurant kitchen. I did work in a kitchen but at night she sent me to a flat to do massage and sex. I could not refuse because she said my family in Fujian owed the snakehead 200,000 yuan. She held my passport.'",
  "DEC DB ROD", "dt", "S L")
T("Notes from outreach worker: Sex worker (British, 34) working independently from own flat says she has had trouble with a client who won't stop texting. Reported harassment. Not controlled by anyone.")
T("Caller (neighbour): I've seen a young woman cleaning the windows of the big house on Park Ave at 11pm and 6am. She never leaves, they even make her take out the bins with someone watching. The family has a big car with diplomatic plates.",
  "EO ROM", "lh rm", "D")
T("Int. 2/B/P. POI 'Shaz' (Shahzad) running CSE network out of a takeaway in Keighley. Girls 13-15 given free food and lifts, then told they owe him and must 'go with his friends'. At least one (Girl A, 14) assaulted in a car park.",
  "AV DB PSV", "", "S", "h")
T("School nurse referral: Year 11 girl (15) told nurse she looks after her four younger siblings, cooks and cleans every day because mum works. She attends school, does homework. No exploitation; Young Carers referral made.")
T("Debrief (female, Vietnamese, 22): She says that she came to the UK in a lorry. She thought she would work in a clothing factory. She was placed with a family in Birmingham and did cooking, cleaning and looked after a baby from 6am until night. She was not paid, the family said the money went to the 'boss' for her journey. She was not allowed out of the house.",
  "DEC WW EO ROM DB", "lh rm ncw", "D")
T("Intel: 3/C/P. Possible HMO with 20+ Romanian males at 88 Leopold St. Unknown employer.",
  "", "oc")
T("A&E: Male (Latvian, 40s) with frostbite on feet, says he sleeps in a shed behind the place where he washes cars. Boss gives him vodka and £10 per day. Alcohol dependent.",
  "AV AC WW", "saw plc pa", "L")
T("Officer note: Attended Chinese restaurant (Golden Wok) on complaint. 2 staff with no right to work. Both said they are paid properly and can leave. Owner arrested for illegal working offences. No MS indicators.")
T("Intel 2/B/P: Female POI 'Auntie Grace' running a 'hair salon' in Dagenham that is a front for trafficking Nigerian girls. Girls take a juju oath before travel and are told spirits will kill them if they disobey. Girls aged 15-17. Earnings go to Auntie Grace.",
  "AV IT WW", "ncw", "S")
T("Intel 2/B/P: Organ trafficking. Reports via NCA that a UK-based broker recruits Roma men in Kent to travel to Turkey to sell kidneys. Broker arranges flights, holds passports and pays the men a fraction of what was promised; one man died after the operation.",
  "AV DEC ROD", "dt", "O")
T("neighbour is always shouting at his wife, i called 101, i think he hits her. (DA incident, DASH completed, referred MARAC). No work or sexual exploitation.",
  "", "")
T("Inspection: GLAA visit to Green Fields Ltd mushroom growers. Workers provided with PPE free of charge, clock-in records show 40-45 hours, payslips match. One worker said a previous agency took a fee in Bulgaria; agency unknown. No current issues.")
T("Officer: stop check of vehicle VRM MA14 KRD, driver Viktor NOVAK, 7 passengers, all Czech, all say they work at Sun Valley Foods and pay Viktor £5 each for the lift. Documents all with the workers. No concerns.")
T("Helpline call: Man (British, 60) with learning difficulties living in static caravan on a traveller site, doing block paving for the family who house him. Says he gets 'a few pounds and my fags'. Has been there 'since I was young'. Has been hit by one of the sons.",
  "AV WW PSV", "plc", "L")
T("Public report (txt-speak): ther is sumthin dodgy at the nail bar on Wood St the girls sleep in there i seen mattreses in the back an the boss man locks the shutter from outside wen he goes at nite",
  "ROM AC", "saw rm plc", "L", "i")
T("Intel 2/B/P. Op MERIDIAN. Five Indian nationals (male, 20s) recruited in Kerala by agent 'Thomas' to work as senior carers; each paid £12,000 to the agent for a Certificate of Sponsorship. On arrival the care company in Kent gave them 8-10 hours a week; they now share one room in a house rented by the agent's cousin and are told they owe him rent arrears. The company director, Mrs OKAFOR, is not thought to know of the fees.",
  "DEC DB AC AV", "uf oc", "L")
T("Debrief (male, Sudanese, 25, Arabic interpreter). He says that he met a man at the asylum hotel who offered work in a warehouse. He was driven each night at 10pm and collected at 8am. The man kept his bank card and gave him £50 each week. He was told that if he spoke about it his asylum claim would be refused. He does not know the name of the warehouse.",
  "AV WW IT", "cedl ncw foa et", "L")
T("A council licensing officer visited 'Glam Nails & Beauty'. Four technicians, all Vietnamese, all had BRPs, payslips and rented their own rooms nearby. Hours 10-7. Owner trained and cooperative. Premises licence issued.")
T("Intel: 2/B/P. Male 'Dritan' supplying Albanian women to a brothel in Wembley. He collects them each night and takes their phones at the door. Women have told clients they must make £1,000 a week or be 'punished'.",
  "ISO IT", "iso et", "S")
T("From a member of public: I think my grandad's new 'friends' are using him. They've got his pension card and take him to the post office and he hands them the money. He's 84 and has dementia. They're staying at his house.",
  "AV", "ncw", "", "m")
T("Rescue note (Salvation Army): Client, Polish male, 56, alcoholic, found at a scrap yard in Rotherham where he had lived in a container for 6 years. Worked sorting metal in exchange for food and alcohol. Owner has his ID. Client has no possessions except the clothes he wore. He says 'I wanted to leave but where to go'.",
  "AV WW ROD AC", "saw fpe dt plc", "L")
T("Intel 2/B/P: cannabis factory at disused pub, The Red Lion, Bilston. Two Albanian males inside, one claims to be 21. Both say they were promised construction jobs and now owe £20,000 for the lorry. Both were given mobiles that only call the 'boss'.",
  "DEC DB ISO", "iso", "C")
T("Police log: Call from a man saying his Romanian employer hasn't paid him for his last week because he left without notice. Employer confirms the wage will be paid with the next payroll. Worker has his documents, lives independently. Employment dispute, signposted to ACAS.")
T("Referral from probation: PoP (male, 23, British) was on a county line at 16. Has disclosed that the line holder made him 'bank' drugs internally and when he lost a package made him work unpaid for 3 months and cut him with a knife.",
  "AV DB PSV", "", "C")
T("Intel 2/B/P. Sikh temple volunteers report Indian man (50s) who has been living at a gurdwara for 2 years after escaping an employer in Southall who made him work in a cash-and-carry for 16 hours a day and paid him nothing. Employer kept his passport; it has never been returned.",
  "EO WW ROD", "lh dt", "L")
T("The lady at the hotel reception told me the cleaning staff start at 6 and finish at 3, and they're all on proper contracts with the hotel. I was just curious because they looked tired. Ignore this.")
T("Int log (2/C/P): source says Slovak nationals at Brookfield Ave HMO have bank accounts opened by landlord 'Milan' who keeps cards and PINs in a tin; rumoured 30 cards. Workers at local chicken factory.",
  "WW", "mbc ncw", "L")
T("Victim account (Romanian female, 19): 'My boyfriend said we go to England to work in a factory and save for a house. There he said I must go with men for one month because he had debts. It was more than a year. He checked my phone every day, he put a tracker on it. I only go out with him or his cousin. When I cry he says he will tell my family I am a whore.'",
  "DEC ROM IT ISO", "rm et iso", "S")
T("Debrief extract (male, Eritrean, 17, interpreted): He says that his journey was 'paid for later'. In London he was taken to a house where a man told him he owed 6,000 pounds and must sell drugs in Reading. He slept on the floor with other boys. The man hit him with a phone charger when he lost money.",
  "AV DB PSV AC", "plc", "C")
T("INT 1/B/P: Hotel staff at the Travelodge on Wharf Rd report the same male booking rooms for different young women every night, paying cash. Women have little luggage. The male collects them in the morning.",
  "", "fpe et", "S")
T("Bank: Santander financial crime unit, SAR summary. Customer (Polish, 48) opened account in branch accompanied by a male who spoke for him and gave his own phone number as contact. Salary credits from 'ProClean Ltd' withdrawn by card at ATMs across Leicester while customer was recorded at work.",
  "WW", "sfw ncw", "L")
T("Report of a man sleeping rough in the bus shelter on Long Lane. Outreach team contacted; he has a hostel place. No exploitation.")
T("Call: 'My wife's friend says her sister is working at a house in Kensington for a Gulf family and they lock her in when they go out and don't pay her. Her name is Maricel.'",
  "ROM WW", "rm", "D")
T("Intel 2/B/P: Chinese national ZHANG Wei believed to be organising 'medical tourism' for British patients needing kidneys; donors allegedly poor rural Chinese men paid a fraction of fee. UK patients pay £80,000. Referred to NCA.",
  "AV DEC", "", "O")
T("Housing association: tenant at flat 2, 17 Mercer Way, has let 3 other men move in. They all work at the same factory and split rent. Tenancy breach; no exploitation indicators.")
T("POI DRAGOMIR, Nicu. 2/A/P. Controls team of 8 labourers at demolition site in Croydon. Workers have no hard hats or masks; asbestos present. Paid £35/day; DRAGOMIR deducts £100/wk for 'house'. Workers' ID cards in DRAGOMIR's van glovebox.",
  "AC ROD", "dt", "L")
T("The woman in flat 3 always has a different man round. I'm sick of it. The noise at night is terrible. I don't know if she's being forced.",
  "", "")
T("Intel 2/B/P: 'Ali' runs a 'cleaning team' of Afghan boys aged 15-17 placed in offices overnight in Birmingham. Paid £10 a night, told they owe him for their lodgings. Boys transported by Ali in a people carrier.",
  "AV DB WW", "et cedl", "L", "h")
T("Hello, I'm a lorry driver. At a services near Leeds a woman knocked on my cab and asked for help in broken English, she said a man has her passport and she has to sleep with men for him. I gave her my phone and she ran off before the police came. Time 02:15, Woolley Edge services.",
  "ROD PSV", "dt", "S", "i")
T("Au pair (German, 20) called to ask whether her host family can make her babysit three evenings a week on top of her agreed hours. She is otherwise happy. Advised re au pair guidance.")
T("Int log 2/B/P. Kebab shop 'Antep Grill', Cross St: Turkish and Kurdish males, 4, living in flat above that is owned by the shop owner. One told source he works 7 days, 13 hours, gets £150 cash weekly, and the owner 'will get him papers' if he stays 2 years.",
  "EO DEC AV", "lh", "L")
T("Note (Border Force, Manchester Airport): Nigerian female, 18, arriving with adult male who claimed to be her uncle and held her passport and phone. She stated she was coming to do her A-levels. Uncle's address checked, not genuine. Female taken into care; age disputed.",
  "AV ROD ISO", "dt iso", "S", "h")
T("i work at a warehouse on the industrial estate and the agency lads are treated fine, paid same as us, they just don't speak much english")
T("Intel 2/B/P: Nominal 'BIG D' using flat of Tina (37, mental health issues) as a trap house. Tina has been told to stay in her bedroom; she's not allowed her own phone or visitors.",
  "AV ROM ISO", "rm iso", "C")
T("Partner referral, New Pathways: Man from Pakistan, 30, came on a student visa, college closed, worked in a factory owned by a distant relative who held his passport and told him he would be arrested as an overstayer if he went out. Was paid £100 a month 'while his status is sorted'. Worked 6 days a week 12 hours.",
  "AV ROD IT WW EO", "dt foa lh", "L")
T("I think my friend is in trouble. She went to work as a live-in maid for a family in Leeds and I haven't heard from her in 6 months. Her mum in Manila is very worried. The family said she's busy.",
  "ISO", "iso", "D")
T("Intel 3/C/P: anonymous caller claims owner of Jolly Fish Bar 'works his staff to death'. Owner's two sons are the only staff. No further info.")
T("CAD: caller is security at a music festival, found a 14-year-old girl with an older man who she says is her boyfriend, she's been given drugs and says he 'makes her do things with his mates'. Man detained by security.",
  "AV PSV", "", "S", "i")
T("Probation: PoP says he sold his kidney in India many years ago through choice to pay debts; no broker involvement described, no ongoing issues. Noted for health.")
T("Intel 2/B/P: male 'Kalo' bringing Roma women from Slovakia to work at a laundry; women paid £15 per day, their 'wages' held by Kalo until they return home, which never happens. They sleep in an overcrowded attic at his house.",
  "WW AC", "oc ncw", "L")
T("Debrief: 'I was in the shop every day from 7 till 11 at night. I had one small room behind the shop. I am from Sri Lanka. The owner said my visa is connected to him and if I leave I will be sent back. He gave me £100 in the month. Once he pushed me against the freezer.'",
  "EO AV WW PSV IT", "lh saw", "L")
T("Online report: 'Help, I am in house with other women, we cannot go outside, the man has gun. Address is near Whitechapel, I don't know the street.' Sent from unregistered number 07412 555900.",
  "ROM IT ISO", "rm iso", "", "i")
T("Intel (2/B/P): A farm in Herefordshire pays pickers properly but the labour provider 'Valentin' (unlicensed) takes a £400 fee from each new worker. Workers otherwise free and paid direct.",
  "", "uf")
T("Hospital social worker: patient (Polish, 35) admitted with pneumonia says he lived in a tent at the edge of a farm where he was working, and the gangmaster took his wages as 'rent for the tent'. He owes the gangmaster money for his coach ticket.",
  "WW DB AC", "plc ncw", "L")
T("OFFICIAL-SENSITIVE. Handover to late turn: IP 'Victoria' (Nigerian, 27) now in SA safe house. Consents to NRM. Disclosed she was brought by 'Madam Esther', made to work in a brothel in Leeds, Esther kept her passport and took all earnings, beat her when she did not make enough. Esther still at large, knows safe house area - risk assessment required.",
  "ROD WW PSV", "dt ncw", "S")
T("Anon tip: the builder on our street pays his lads cash in hand and doesn't have insurance, they work Saturdays sometimes. Just saying.")
T("Intel 2/B/P. Op ASPEN. POI CIOBANU, Daniel. Controls group of Romanian beggars in Nottingham city centre. Beggars made to hand over takings each evening and threatened with a hammer. Live in a single room at 5 Derby Rd, 9 people.",
  "WW IT AC", "ncw oc", "C")
T("Note: Kidney transplant patient attended clinic for routine follow up. Donor was her brother. Normal.")
T("Council housing enforcement: raid at 34 Wellington Rd found 22 mattresses in a 4-bed house, men working nights at a fulfilment centre, rent £80/week each deducted by the agency directly from wages. Fire exits blocked. Agency manager seen at door every morning counting men into minibus.",
  "AC", "oc plc et", "L")
T("My sister in law came from India to live with us and she helps with the kids and the cooking like family does. She goes to college twice a week and has her own money. A neighbour reported us and it was very upsetting.")
T("Int: female (Thai, 30s) working at 'Orchid Massage' tells clients she cannot go out, boss lives there and watches the door. 2/C/P.",
  "ROM", "rm", "S")
T("GP: Patient (Bulgarian, 19) presents with STI and says she 'has to work' with men every night. Accompanied by an older female who insisted on staying. Patient said she is fine. GP concerned.",
  "", "sfw", "S")
T("Intel 2/B/P: teenage girls from a children's home in Telford being given lifts to Wolverhampton by men in their 20s, supplied with alcohol, and at least one girl (15) has disclosed being raped.",
  "AV PSV", "", "S", "h")
T("Caller's son (18) got a job at a local cafe and came home upset because the owner shouted at him. He quit and was paid for his hours. No further concerns.")
T("Debrief extract: 'I came to the UK on a fishing visa from Ghana. The skipper said he would pay £1,000 each month to my account. I never saw the account, he said the agent had it. We stayed on the boat for 8 months, I could not go to town because the skipper said the police will arrest me.'",
  "DEC WW ROM IT", "ncw rm foa", "L")
T("INT: POI 'Kyle' grooming homeless men at Manchester Victoria station to open bank accounts which he then controls. Men paid £50 each. Accounts used to launder drugs money. 2/B/P.",
  "AV", "ncw", "C")
T("Ambulance crew report: called to a factory unit in Leicester, worker (Indian, 45) collapsed with heat exhaustion after 16 hour shift. Co-workers said shifts are always that long, 7 days a week, and the supervisor takes their cards to the bank.",
  "EO WW", "lh ncw pa", "L")
T("Email to force from a member of the public: The cockle pickers I saw on the beach at Southport yesterday were out till dark and the tide was coming in fast. I'm worried they'll be hurt. Nobody seemed in charge.",
  "", "")
T("Int 2/B/P: Known pimp 'TJ' advertising two young women on AdultWork, the women live at his address in Hull. One told a punter she hasn't been paid in weeks and 'TJ keeps everything for the rent'.",
  "WW", "ncw", "S")
T("Victim statement: I am from Romania. Marian said I can work in the car wash and live in his house for free. In the house were 12 men. The car wash was 7 days, from 8 until dark. Every Friday he gave me £20 and said the rest is for food and house. When I asked for my money he said 'you owe me, you eat my food'. The police came one day and Marian said to say we are his friends helping.",
  "DEC WW EO AC", "oc lh", "L")
T("Neighbour: people coming and going from 9 Oak Close at all hours carrying bags, I think it might be drugs. (Intel: address linked to local dealer, no vulnerable occupants known.)",
  "", "")
T("Safeguarding referral (adult): Mrs B (45, Pakistani) says since her marriage she has been kept indoors by in-laws who make her cook and clean for 9 people, and hit her if she doesn't finish. She does not have access to her passport or any money. She is too scared to leave because they say she'll be deported.",
  "ROM ROD PSV IT", "rm dt foa", "D")
T("POI ZOTA. 2/C/P. Rumoured to recruit kidney donors from Moldova; no victims identified; research only.",
  "", "", "O")
T("Concern from a youth worker: a 16-year-old lad has been sleeping at a garage where he works for cash, the mechanic who employs him says he's helping him out because the last bus home goes at 10pm; his mum knows and visits him there. Lad says he's paid, goes to college, the mechanic is kind. Advice given re sleeping on premises.",
  "", "saw")
T("Public (all caps): THE CAR WASH ON HIGH ROAD HAS KIDS WORKING AT IT AT 10PM IN THE RAIN NO SHOES ON SOMEONE NEEDS TO DO SOMETHING NOW",
  "AV AC", "", "L", "h")
T("Intel 2/B/P. A Chinese female in her 40s working at a takeaway in Swindon has told her GP she is the owner's 'wife' from a marriage arranged by an agency, but she is not allowed to leave the flat except to work in the kitchen, sleeps on a camp bed and is not paid.",
  "ROM WW AC", "rm saw", "L D")
T("Response to enquiry: The agency confirms that all workers supplied to Hollins Farm have signed contracts, hold their own documents and are paid weekly into their own accounts. GLAA licence current.")
T("Intel 2/B/P: Vietnamese female (approx 25) working at 'Posh Nails', Bank St, lives with the owner's family, has no phone, never seen with anyone except the owner, and does not know the name of the town she is in when asked by a customer.",
  "ISO", "iso", "L")
T("Visa query, Home Office liaison: student (Nigerian, 22) overstayed by 3 months after her course, working part-time in a supermarket on her own account. No third party control. Immigration matter only.")
T("Ward note: Patient (Indian, 29) recovering from nephrectomy in a private London hospital. Presented as 'altruistic donor' to an unrelated recipient, but told interpreter she was promised money and a job in the UK by the recipient's family, who now hold her passport and won't let her speak to anyone alone.",
  "DEC ROD ISO AV", "dt iso sfw", "O", "h")
T("INTELLIGENCE REPORT - OFFICIAL-SENSITIVE\nGrading: 2/B/P\nSubjects: (1) Adrian CONSTANTIN (DOB 19/02/1979), (2) Luminita CONSTANTIN (DOB 03/09/1983), (3) unknown males x6, (4) Gary PEARCE (DOB 11/01/1965).\n\nPEARCE is the owner of Pearce Haulage, Unit 4 Riverside Ind Est, and rents the yard next door to Adrian CONSTANTIN for a hand car wash. PEARCE has no known involvement and has previously called police about fly-tipping.\n\nINT suggests CONSTANTIN brings men from Galați on coaches and puts them to work at the car wash and on 'odd jobs'. The men live in two static caravans at the rear of the yard, six to a caravan, with a hosepipe for water. Luminita CONSTANTIN holds the men's identity cards 'in case the police come' and deals with their wages; the men are said to get 'cigarette money' only. They start at 7am and are still working under floodlights at 9pm.\n\nOne of the men told a customer that they owe Adrian for the coach and 'the debt gets bigger every month because of the caravan'.\n\nCONSTANTIN drives a black Range Rover VRM RX19 LKD.",
  "ROD WW EO DB AC", "dt ncw lh oc plc saw", "L")
T("Safeguarding referral - Hillside Primary School\n\nPupil: Amira (Year 5, aged 9). Referrer: Deputy DSL.\n\nAmira's attendance is 97%. Her mum works two jobs (cleaner at the hospital and evening shifts at Lidl). Amira has said her aunt collects her from school on Tuesdays and Thursdays. Today Amira was upset because her aunt was late and she had to wait in the office for 40 minutes. She said her aunt 'always makes me do my reading before tea' and that she 'hates Tuesdays'.\n\nStaff spoke to Mum, who explained the aunt's car broke down. Mum says she and the aunt share childcare. No concerns about the home; Amira is well presented, has packed lunches, and talks happily about her cousins.\n\nOutcome: recorded for information. No further action. Not a child protection concern. Referral logged only because the class teacher was new and unsure.")
T("Debrief account, female, 26, Albanian, interpreter present.\n\nShe says that she grew up in a village near Elbasan and left school at 14. In 2021 she met a man called Klodian on Instagram. He was kind and said he loved her and that in London they would open a café together. Her family did not like him so she left without telling them.\n\nThey travelled through Belgium in a lorry. When they reached London he took her to a flat in Enfield where there were two other girls. He took her passport and her phone 'to keep them safe' and on the third night he told her she must work with men because he owed money for her journey. When she said no, he slapped her and held her head under the water in the bath.\n\nAfter that she saw up to ten men a day. Klodian or his cousin drove her to hotels and waited outside. All the money went to him. He said if she ran he would send the videos to her father and her brothers would kill her.\n\nShe got away when a hotel receptionist gave her a number to call. She now lives in a safe house and is afraid of being sent back to Albania.",
  "DEC ROD ISO PSV WW IT", "dt iso et ncw foa", "S")
T("Handover note - late turn to nights, Thurs\n\n1. Burglary at 12 Chestnut Ave - SOCO attended, suspect vehicle seen on doorbell footage, VRM partial 'AB1'. Enquiries for earlies.\n2. Missing from home: Ellie M (15), returned 19:40, return interview booked, no concerns disclosed, was at a friend's house.\n3. Concern for welfare at Maple Lodge care home: family believe staff are short. CQC informed by family. Not a police matter.\n4. Visited Express Car Valet, Station Rd, following anonymous report that workers were 'slaves'. Spoke to all four workers separately with Language Line (Kurdish). All have their own rooms in shared houses they chose themselves, own phones and bank cards, were paid last Friday into their own accounts, work 8:30-5:30 with a day off. One wants to change job because the pay is low. No MS indicators identified. Leaflets left.\n5. RTC on the bypass, minor injuries, cleared.\nNothing else outstanding.")
T("Modern Slavery Helpline - call summary (referred to force)\n\nCaller is a manager at a large distribution warehouse in Northamptonshire that uses three labour agencies. She has noticed that a group of about twelve Romanian workers supplied by one agency (SwiftStaff) always arrive together on a minibus at 5:15am, over an hour before their shift, and are collected at 10pm. Their team leader, a man called Sorin, stands with them at every meeting and translates everything; when the caller tried to speak to one of the women alone in the toilets, the woman said 'Sorin will be angry' and walked away.\n\nOne worker has told a colleague that her pay goes into an account Sorin opened for her and that she gets £60 a week 'after the house and the bus'. Payroll records show the agency pays each of them the full hourly rate, so the money is going somewhere.\n\nCaller says the other two agencies are fine and their workers talk freely. She has not seen any injuries.",
  "WW", "cedl et sfw ncw ct foa", "L")
T("Press release (Crown Prosecution Service, abridged)\n\nA husband and wife who ran a chain of takeaways in Lancashire have been sentenced for modern slavery offences after keeping three Bangladeshi men in servitude for almost four years.\n\nThe court heard that the men were recruited in Sylhet with promises of chef jobs paying £1,500 a month. Each paid the couple's agent the equivalent of £7,000 for their visas. Once in the UK, they worked from 10am until after midnight seven days a week and slept on mattresses in the flat above the shop, which had no working shower. Their passports were locked in the couple's safe.\n\nThe men were paid around £200 a month, with the rest said to be 'saved' for them. When one of them asked to go home for his father's funeral, the husband told him he would report him to immigration and that he would never see his family again. The men were rarely allowed out of the shop and were told that local people hated foreigners.\n\nThe couple were jailed for nine and seven years respectively.",
  "DEC WW EO AC ROD IT ROM ISO", "uf lh saw plc dt rm foa iso", "L")
T("Intel log 2/C/P - OP BRAMBLE\n\nMultiple reports re 5 Kingsway, a large house converted to bedsits. Occupants include: Mr Harold BENNETT (78, long-term tenant, no concerns); a young couple with a baby (flat 2, private tenants); and at least eight Vietnamese nationals in flats 4-6.\n\nSource (neighbour) states the Vietnamese occupants are all young women, appear to be 17-22, and are taken each morning at 8:30 by a woman in a white Mercedes to nail bars in Watford and Hemel Hempstead. They return at 9-10pm. The woman carries all their keys. Source has never seen any of them go out alone, even to the shop, and says one told her in broken English 'no phone, no money, auntie keep'.\n\nBENNETT confirms he never sees the girls out on their own.\n\nLandlord is Kingsway Lettings Ltd (legit company, director known to council).",
  "ROM ISO WW EO", "et cedl rm iso ncw lh", "L")
T("Victim statement (translated from Polish)\n\nMy name is Tomasz and I am 44 years old. Before I came to England I was living in a hostel in Poznań and I had a problem with alcohol. A man came to the hostel and said he could give me work in England on a farm with good money and a house. He paid for the bus.\n\nWhen we arrived in Worcestershire, we lived in a house with maybe fourteen men. I slept on the floor in the kitchen. The man, who we called 'Szef', took us to the bank to open accounts and then he took the cards and the letters. We worked picking and packing vegetables from six in the morning until eight at night, sometimes Sundays too. On Friday he gave us £20 or £30 and a bottle of vodka.\n\nWhen I said I wanted to go home he said I owed him £900 for the bus and the house, and that Polish police were looking for me and he would tell them where I am. Once he kicked a man who tried to leave.\n\nI stayed two years. I left when the farm manager called the police.",
  "AV DEC WW EO DB IT AC PSV", "oc plc ncw lh", "L")
T("Local authority adult safeguarding - strategy meeting minutes (extract)\n\nAttendees: Adult Social Care (chair), Police MSU, Community Mental Health Team, Housing.\n\nSubject: Mr D (52), diagnosed with schizophrenia, tenant of a one-bed council flat in Northfield.\n\nHousing reported repeated complaints of noise and visitors. CMHT report Mr D has missed three depot injections. Police intelligence indicates the flat has been taken over by a county line ('DIZZY') operating from Coventry since at least March. Mr D told his care coordinator that 'the boys' let him sleep on the sofa, that he is not allowed to lock his door, and that they took his phone because he 'talks too much'. He has been given crack cocaine. He has a healing cut on his hand which he says was from a kitchen knife 'when they were angry'.\n\nMr D's sister, who lives in Solihull, is supportive and has offered him a room.\n\nActions: closure order to be sought; Mr D to be offered emergency accommodation; NRM referral considered (adult, will seek consent).",
  "AV ISO PSV", "iso pa", "C")
T("Report made via police website (unedited):\n\nhi i dont no if this is the rite place. my mum has a cleaner called Rosa she is from Bolivia. She comes to ours on mondays and she does other houses as well. last week she was crying and my mum asked her why and she said her brother in law who she lives with takes all the money she gets from cleaning and gives her £10 and says she has to pay him back for the flight from spain. she said she isnt allowed to have friends round or a phone of her own. She wont go to police because she has no visa and she thinks she will go to prison. my mum wants to help her but doesnt want to get her in trouble. can someone ring my mum please. thanks",
  "WW DB ISO", "ncw iso foa", "L")
T("Intel log 2/B/P\n\nRe: Mr Kamal HOSSAIN, owner of Royal Bengal restaurant, 18 High St.\nMr HOSSAIN has reported that a former employee, Mr RAHMAN, has been telling customers he was 'kept as a slave'. Mr HOSSAIN provided payroll records, signed contracts and tenancy agreements showing Mr RAHMAN rented a room from an unrelated landlord, was paid by bank transfer monthly at or above the National Living Wage, worked 40-45 hours, and had holiday. Mr RAHMAN left after a disagreement about a promotion.\n\nOfficer spoke to Mr RAHMAN by phone: he said he was upset about being passed over and that 'slave' was 'just a word'. He confirmed he always had his passport and could leave. He does not wish to make any complaint.\n\nAssessment: no modern slavery indicators. Employment dispute. File closed.")
T("NRM referral narrative (first responder: Barnardo's ICTG)\n\nChild: T, male, 15, Vietnamese. Age assessed by LA; accepted as 15.\n\nT left Vietnam after his father died and the family could not repay a loan. A man in the village told his mother T could work in a restaurant in England and send money home, and the family signed over the deeds to their land as a guarantee. T travelled through Russia and France over eight months.\n\nIn the UK T was taken to a house in Bolton where he was told to look after cannabis plants. He was locked in, the windows were covered, and he was given a phone with no SIM. He was told that if he escaped, the men would 'deal with' his mother and take the land. He was hit when the plants got mould. He was never paid.\n\nT was found by police in a warrant in June. He was frightened of the police, gave a false age and said he was 'visiting a friend'. He is now in foster care and is at high risk of going missing because the exploiters know his foster placement area.",
  "AV DEC ROM ISO IT PSV WW AC", "rm iso foa plc", "C", "h")
T("Member of public email to neighbourhood team:\n\nDear PCSO Lewis, I know you said to report anything, so here are a few things from our street this week. 1) The red van is still parked across the dropped kerb at number 31. 2) Kids on bikes riding on the pavement outside the Co-op again. 3) The new family at number 14 (I think they're from Syria) have loads of people coming and going, but I've since found out it's a big family and they're having a naming ceremony for the baby, so please ignore that one, sorry! 4) There's a car with no tax outside number 2. 5) Someone's been putting leaflets for a cleaning job on cars - 'Earn £1,000 a week, no experience, accommodation provided, call Dan'. I phoned out of curiosity and a man said there was a £150 'registration fee' for the job before I could start. I hung up. Thanks, Jean.",
  "", "uf")
T("GLAA inspection report (extract) - Premier Food Packers Ltd, Lincolnshire.\n\nThe inspection included interviews with 22 workers supplied by the licence holder, a review of payroll and a visit to two houses provided as accommodation.\n\nFindings:\n- Workers are charged £15 per week for transport to the site in a minibus whether or not they use it, deducted at source.\n- Workers are charged £45 for safety boots and hi-vis, deducted over the first three weeks.\n- One provided house (3 bedrooms) accommodates 11 workers; two sleep in the living room. Damp and a broken boiler reported over a month ago and not fixed.\n- Payroll shows workers regularly do 60+ hour weeks in peak; several have had no day off for three weeks.\n- All workers hold their own passports and bank cards; none reported threats or restrictions, and several said they are free to change agency.\n\nOutcome: licence conditions added; follow-up visit in 6 weeks.",
  "AC EO", "ct ppe oc plc lh", "L")
T("OIC update - Op SPARROW\n\nIP1: Maria (Romanian, 34) - now in SA accommodation, NRM positive RG.\nIP2: Andreea (Romanian, 19) - declined NRM, DtN completed, returned to Romania with support from an NGO.\nSuspect 1: Florin BALAN - charged s2 MSA, remanded.\nSuspect 2: Ana BALAN - released under investigation.\n\nEvidence summary: Maria describes being recruited in Iasi for a job in a bakery. On arrival she and Andreea were taken to a flat in Northampton and told they would sell sex to repay £3,000 each for travel, with £50 added every week for the room. BALAN took their earnings every night. Maria was raped by BALAN when she refused to see a client. Both were only allowed out with Ana. Phone data shows BALAN advertising both women on three websites.\n\nActions: downloads on BALAN's phones, banking production orders, tracing of Andreea's Romanian contact details.",
  "DEC DB WW PSV ROM", "ncw rm et", "S")
T("999 call transcript (summary): Female caller, English is limited. Says she is at a house on Grange Road (number unknown), there is a man there who has hit her tonight and says he will kill her if she tries to leave. She cleans and cooks for the family and looks after the children, she has not been outside for months, they keep her passport. She is calling from the children's tablet. Caller disconnected. Call traced to 40 Grange Road. Units dispatched immediately.",
  "PSV IT ROM ROD", "rm dt", "D", "i")
T("Intelligence report 3/C/C - condition: not to be disclosed to the employer.\n\nA worker at Morgan's Bakery (large industrial bakery, 400 staff) says a man called 'Karol' meets a group of Polish and Slovak workers at the bus stop every morning and walks them in; he stands at the time clock. She thinks he is a supervisor for the agency. She doesn't know anything else about him and says the workers seem 'normal' and chat in the canteen.\n\nThe same worker also reports that the bakery's own HR team recently ran training on spotting modern slavery, and she is 'just being careful'. She has no information about wages, documents or accommodation.",
  "", "et")
T("Debrief (Eritrean male, 30, Tigrinya interpreter). He says that he crossed the Sahara with smugglers who held the group in a compound in Kufra for three months. There, the men were beaten daily and phoned their families to send money. A man who could not pay was taken away by 'doctors' and came back with a cut in his side; the others were told his kidney had been sold and that the same would happen to them if their families did not pay. He says that he paid $4,500 and was released. In the UK he has not been exploited; he lives in asylum accommodation in Wakefield.",
  "PSV IT", "", "O")
T("Referral from the midwifery team, St Mary's\n\nWoman (Chinese, 23) booked at 20 weeks with a man who said he was her 'employer'. She works in his family's takeaway 'every day until closing' and lives in a room above it. She has no GP registration and gave the takeaway as her address. The man paid for everything in cash and would not let the interpreter speak to her alone, saying she 'doesn't need one'. When he left the room briefly she said, through the interpreter, that she did not want to be pregnant, that she had 'no choice' with him, and that he has her passport. She asked the interpreter not to tell anyone.\n\nShe appeared thin and had bruises on her wrists. Midwife has given her the helpline number on a small card.",
  "EO ROD PSV", "lh saw sfw pa dt", "L", "h")
T("Bank financial crime alert (summary for police)\n\nHSBC has identified a network of 37 personal accounts opened over six months, all by young men of Albanian nationality aged 17-21. Each account received one or two payments from a construction subcontractor, then was used to receive faster payments from unrelated third parties (consistent with money muling). Debit cards for 30 of the accounts have been used at the same three ATMs in Ilford, often within minutes of each other, by the same male (CCTV). The account holders' mobile numbers are all linked to a single device.\n\nHSBC believes the account holders do not control their accounts. Two account holders have since told HSBC they were asked for their ID 'for a job' by the subcontractor and never got it back.",
  "ROD", "mbc ncw dt", "C")
T("Probation officer's note\n\nPoP (Ms F, 31, British) on licence for theft. Disclosed in supervision that from age 16 to 19 she was groomed by an older man who got her using heroin and then made her shoplift to order from department stores across the North West. He took everything she stole and gave her drugs. He hit her if she came back with too little and once broke her nose. She says she has not seen him for ten years and now lives with her partner and daughter. She wants this recorded because she believes it explains her early convictions.\n\nPolice informed; historic NRM referral offered and accepted.",
  "AV WW PSV", "ncw", "C")
T("Public report (Crimestoppers, unedited)\n\nTHERE IS A HOUSE ON VICTORIA STREET NUMBER 60 SOMETHING WITH THE GREEN DOOR AND EVERY NIGHT MEN GO IN AND OUT AND THERE IS A YOUNG GIRL THERE I THINK SHE IS FOREIGN SHE NEVER COMES OUT EXCEPT ONCE I SAW HER AT THE WINDOW AND SHE LOOKED SCARED. THE MAN WHO LIVES THERE DRIVES A WHITE BMW. I HAVE SEEN HIM PUSH HER BACK INSIDE WHEN SHE TRIED TO COME TO THE DOOR. THIS HAS BEEN GOING ON FOR WEEKS AND NOBODY DOES ANYTHING",
  "ROM PSV", "rm", "S")
T("Intel log 2/B/P.\n\nSUBJECT: Priya SHARMA (DOB 12/06/1975), owner of 'Sharma Care Services', domiciliary care agency, Slough.\n\nINT suggests SHARMA has sponsored 14 care workers from India and Zimbabwe. Workers have reported to a union rep that SHARMA charged them £8,000-£15,000 each for their certificates of sponsorship, that they are given only 10-15 hours work a week despite being promised full-time, and that they have been told they must pay back 'training costs' of £4,000 if they leave. Four workers live in a 2-bed flat owned by SHARMA's husband and pay £400 each. One worker says SHARMA told her she would 'make sure the Home Office cancels your visa' if she complained to anyone.\n\nNo evidence of document retention; workers hold their own passports.",
  "DEC DB IT AC AV", "uf oc foa", "L")
T("Nail bar Bridge St: staff sleep on premises per neighbour. 3/C/P.", "", "saw")
T("girls at the massage place never allowed out alone, man always with them", "ROM", "rm et", "S")
T("Lost passport reported by tourist, Oxford St. Crime ref issued.")
T("Boy 14 running drugs for older lads on the Meadows estate, threatened with a knife.", "AV IT", "", "C", "h")
T("INT: car wash workers paid via boss's account, get cash 'pocket money'. 2/C/P.", "WW", "ncw", "L")
T("Report of noisy party, Flat 8 Elm Court. Words of advice.")
T("Cleaner at Hotel Regent says agency has her passport 'until training is paid'.", "ROD DB", "dt", "L")
T("POI seen at ATM using 6 cards in different names, 0300hrs.", "", "mbc")
T("Neighbour says foreign builders next door are polite, work normal hours, no issues.")
T("Vietnamese male found in loft of cannabis grow, door screwed shut from outside.", "ROM", "rm", "C", "i")
T("She says the man keeps all the money from the men and gives her food only.", "WW", "ncw", "S")
T("Concern: uncle makes 12yo niece cook and clean all day, not in school.", "AV EO", "lh", "D", "h")
T("Workers told to pay £40 for hi-vis and boots on their first day.", "", "ppe")
T("Caller says her brother has been kept on a farm in Wales and isn't allowed to phone her.", "ROM ISO", "rm iso", "L")
T("Shoplifter, local male, 40s, drug user. No third-party involvement.")
T("Kidney for sale advert on Facebook Marketplace, seller in Bradford. Reported to NCA.", "", "", "O")
T("Au pair has own room, paid weekly, goes to language school. Welfare check fine.")
T("Romanian women begging at Tesco dropped off by van 7am, collected 7pm.", "", "cedl et", "C")
T("INT 2/B/P. POI Sokol MEHMETI (DOB 21/08/1994). Nominal believed to be 'phone' holder for line 'MIKEY' Bristol-Taunton. Uses addresses of 2 x local female drug users for storage. No intel re coercion of occupants at this time.",
  "", "", "C")
T("Intel 3/C/P: Source overheard 2 males in Wetherspoons discussing 'the Polish lads' at a roofing firm being 'on £20 a week and grateful for it'. Firm name unknown. Research: nil trace.",
  "WW", "", "L")
T("Intel 1/A/P (officer observation): 14:20hrs, rear of 33 Lime Grove - 4 males unloading fridge-freezers from a Luton van, all appeared cheerful, smoking, chatting with neighbour. Occupier is a known second-hand goods trader, trading licence seen. No concerns.")
T("Int 2/B/P: Female 'Daniela' (Brazilian, 20s) advertised on Vivastreet; phone answered by male who sets prices and location. INT suggests she lives at his address and does not hold her own passport.",
  "ROD", "sfw dt", "S")
T("INT 2/C/P - Hampton Rd HMO. Landlord DAVIES, Peter reports his tenant sublets rooms; approx 9 occupants. Occupants work at a range of places, pay rent to tenant. Housing enforcement to attend. No MS indicators reported.",
  "", "oc")
T("nom: LE Thi Hoa (DOB 10/10/1980). 2/B/P. INT she recruits Vietnamese girls from Catholic churches in London for 'nail jobs' in Scotland; girls aged 16-17 then kept in a flat in Dundee above the salon, working 10-10 for no wages while 'travel debt' is repaid.",
  "AV DEC ROM EO WW DB", "saw lh", "L", "h")
T("Intel 2/A/C (not to be disclosed to suspect's employer): ex-partner of KHAN, Imran states he keeps 'girls from the care home' at his flat in Rotherham on weekends and 'passes them round'. Girls 14-15. Names known to source: Chloe, Paige.",
  "AV PSV", "", "S", "i")
T("Intel 2/B/P: POI IONESCU, Radu operating as 'agent' supplying workers to 3 car washes on the A5. Workers recruited in Romania on Facebook ('£70/day, free room'), told on arrival the room costs £60/wk and they owe £350 for the minibus. Workers' IDs kept by IONESCU 'for the payroll'.",
  "DEC DB ROD", "dt ct", "L")
T("Int: 3/C/P. Report that a woman was being 'held' at a flat on Coronation St. Officers attended: female occupant (British, 30s) lives alone, states she had an argument with her boyfriend who has since left. No third party control, she is free to come and go.")
T("Intel 2/B/P. Bolt driver states he regularly collects young women (Eastern European) from 14 Cambridge Rd at 22:00 and drops at hotels around Heathrow, fares paid by a male on a separate account. Women do not speak, male texts driver instructions.",
  "", "et cedl sfw", "S")
T("Intel log: GRAHAM, Steven - county lines 'Benny' (Manchester > Kendal). INT 2/B/P: GRAHAM's runners include a 14yo girl reported missing from care; she has been seen with a black eye at the trap address.",
  "AV PSV", "pa", "C", "h")
T("Intel 1/B/P: Wages for 19 workers at Meadow Foods paid into accounts with a single registered address, 5 Grange Close. Cards all used at the same ATM on Thursdays by one female, identified as POI SZABO, Erika (DOB 03/04/1977), who runs the workers' house.",
  "WW", "mbc ncw", "L")
T("INT 2/B/P. Albanian national 'Genti' (aged 16, UASC) missing from foster placement in Kent since 03/05. Believed taken to a cannabis grow in Coventry. Phone last cell-sited in CV1. Said to owe £15,000 to 'the organisers' for his crossing.",
  "AV DB", "", "C", "i")
T("Intel 2/B/P. Routine: Abbey Cleaning Services Ltd, contract cleaners at the hospital. Union rep reports the company has been late with pay twice this year due to a payroll system change; all staff were paid in full within a week. No allegations of control.")
T("INT 3/C/P. Anonymous: 'the Indian family on Park Lane has a servant girl'. Research: household of 5, includes grandmother's live-in carer (Indian national, 50s) on valid visa, paid via payroll, has own room, attends temple on Sundays with friends. No further action.")
T("Int 2/B/P: Chinese female 'Mei' (approx 40) working at a massage parlour in Croydon that offers 'extras' told a customer she has been there 'two years, no day off' and sleeps on the massage table. Boss holds her passport and 'sends her money to China'.",
  "EO ROD WW", "lh saw dt ncw", "S")
T("INT 2/B/P re Op GARNET: the 3 Slovak males now at Waterside Hostel confirm that KOTLAR, Jan drove them daily to a waste recycling plant, kept their pay cards and threatened them with a baseball bat when they asked for money. They were not allowed to leave the house without KOTLAR.",
  "WW IT ROM", "et ncw rm", "L")
T("Intel 2/B/C (do not disclose to LA without DI approval): Male known as 'Uncle Sam' selling Nigerian children (11-13) into households in South London as 'housegirls'. Children not registered at schools. One, 'Blessing', seen by neighbour scrubbing steps at 6am with no coat in January.",
  "AV EO", "lh pa", "D", "h")
T("INT 3/C/P. Source claims 'someone at the kidney clinic' at St Luke's is 'dodgy'. No further information, no victim, no allegation of organ trading. Source is known to make unfounded complaints about the hospital.")
T("Intel 2/B/P: POI 'Big Tony' (PATEL, Anthony) runs minicab firm; INT he uses vulnerable young men (care leavers) to open bank accounts and launders cash through them. Young men given £200 and told not to talk or 'it'll be your face'.",
  "AV IT", "ncw", "C")
T("INT 2/B/P: DUONG family, 7 Birch Rd, run a nail bar. Neighbour believes staff live above shop. Council check: staff are the owners' adult daughters and a niece, all UK nationals, on payroll. No concerns.")
T("Intel 2/B/P: Sudanese male (20) residing at asylum hotel Leeds reports he was offered 'delivery work' by a man who gave him a moped and a Deliveroo account in another man's name. He keeps 20% of the fares; the account holder takes the rest. Says he can stop at any time and has not been threatened.",
  "WW", "ncw", "L")
T("INT 1/A/P: Officer saw male VRM KN15 ZXA pick up 3 young females from the Glebe estate at 23:30 and drive to Premier Inn Dudley. Two of the females are known CSE risk (15 and 16). Attended: females recovered, male arrested.",
  "AV", "et", "S", "h")
T("Intel 2/C/P. Farm labour gang, Fenland. INT: gangmaster 'Tadas' takes passports 'to copy' and keeps them; workers sleep in an unconverted barn on pallets; work begins 5am. Tadas gives them 'loans' at the shop that are taken off their pay at double.",
  "ROD AC DB", "dt saw plc", "L")

if __name__ == "__main__":
    import random
    random.Random(30).shuffle(E)  # interleave sources, lengths and topics
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh30.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, e in enumerate(E, 1):
            f.write(json.dumps(dict(id="f30-%03d" % i, **e), ensure_ascii=False) + "\n")
    print(len(E), "texts written to", out)
