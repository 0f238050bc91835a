#!/usr/bin/env python3
"""Hand-written texts for fresh53. Each entry: (text, labels) where labels is
"INDICATORS | signs | types | risk" using the short codes below."""
import json, os, sys
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ce="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
E = []
def T(text, labels):
    E.append((text, labels))
T("""INT LOG 2/B/P. POI TRAN Van Duc (DOB 04/03/1999, VN national) seen entering flat 2/1, 14 Langlands Rd, Govan at 0530 hrs with 3 unknown VN males. INT suggests premises used as cannabis grow, windows blacked out, strong smell reported by neighbours. Males not seen to leave in 2 wks of obs. Food brought in by POI.""",
  "RM IS | rm iso | C | m")
T("""Call summary 101: female caller, Torry, Aberdeen. Neighbour's house has had a lot of folk coming and going at night, thinks it's drugs. No mention of anyone being kept there, caller says the lads living there come and go as they please. Passed to local CPT.""",
  " | | | l")
T("""theres a car wash on the Paisley road west the boys there are working in the freezin cold no gloves nothin wet through from 7 in the morning till after 9 at night every day. there lving in a caravan round the back. the big man collects there money at the end of the day i seen it""",
  "EO AC WW | lh plc saw ncw | L | h")
T("""OIC handover: IP (female, 17, Romanian) recovered from a flat in Leith following Op FORTH. She states she was brought to Edinburgh by her 'boyfriend' ANDREI who told her she would work in a bakery. She was made to see men in the flat most nights; he kept all the money. Disclosed being struck when she refused. IP in LA care placement, interpreter booked for JIT interview tomorrow. NRM referral submitted (child, no consent needed).""",
  "AV DE PV WW | ncw | S | h")
T("""Report of a lost passport by a Chinese student at the University of Aberdeen. She left it in a taxi on Union Street. Advised to contact the consulate. No other concerns.""",
  " | | | l")
T("""GLAA inspection note — shellfish processing unit, Fraserburgh. Licensed labour provider supplying 22 workers (Latvian, Lithuanian, Romanian). Payslips checked against bank statements for a sample of 8; all paid to personal accounts at or above NMW, holiday pay recorded. Workers hold own ID. Accommodation is private rented, not tied to the provider. Minor record-keeping issue on working time opt-outs raised. No indicators of forced labour identified.""",
  " | | | l")
T("""Salvation Army caseworker note. Client M (Eritrean, 24) says he came over on a small boat and 'the man in Calais' told him he owes £9,000 for the crossing. Since arriving in Glasgow he has worked in a takeaway kitchen in Maryhill for eleven months. He says 'every week they tell me the number, it is still big'. He sleeps on a mattress in the storeroom above the shop. He gets £30 on a Sunday for his phone top-up.""",
  "DB WW AC | saw ncw | L | h")
T("""INT 2/C/P: Unknown Albanian males using an address in Dyce, Aberdeen to house women advertised on adult sites. Adverts show Aberdeen location, same phone number rotating through 4 profiles. Women believed to be moved every 7-10 days.""",
  " | | S | h")
T("""my wee brother is 15 and hes been going off with older guys in a black audi, they give him bags to take up to inverness on the train and he comes back with cash and new trainers. he's scared to say no cause one of them said they'd burn the house down with my maw in it. please do something""",
  "AV IT | | C | h")
T("""Neighbour dispute, Dundee Rd. Complainer states the family next door park over her drive. Officers attended, words of advice given. No crimes.""",
  " | | | l")
T("""INT LOG 3/C/C (do not disseminate outwith PS without OIC authority): Source states that workers on the scallop boat 'MARGARET ANN' out of Kinlochbervie are Filipino and Ghanaian crew on transit visas, not allowed off the vessel when in port. Skipper allegedly holds their seaman's books. Crew said to work 20-hr days at sea.""",
  "RM RD EO | rm dt lh | L | h")
T("""She says that she was promised a job as a housekeeper for a family in Edinburgh with £1,200 a month. When she arrived the lady took her passport 'to register her'. She says that she cleaned, cooked and looked after the three children from six in the morning until midnight. She slept on the kitchen floor. She was never given any salary; the lady said it was sent to her mother in Manila but her mother received nothing. She was not allowed to go out alone.""",
  "DE RD EO WW AC RM | dt lh saw rm ncw | D | h")
T("""999 call 02:14. Female caller, very distressed, poor English, saying 'help, they lock door, I cannot go out'. Location traced to a flat on Dumbarton Rd. Caller states man has her phone most of the time and hit her tonight. Units dispatched, grade 1.""",
  "RM PV IS | rm iso | | i")
T("""A&E Aberdeen Royal Infirmary: 34M Polish, crush injury to left hand at a fish processing plant. Accompanied by supervisor. Pt confirms he is employed directly, has a contract, paid weekly. Works 8hr shifts. H&S referral to HSE regarding guard on filleting machine. No safeguarding concerns.""",
  " | | | l")
T("""Council licensing: HMO inspection at 7 Hawkhill, Dundee. 14 adult men found living in a 3-bed property, mattresses in every room including the kitchen. Landlord states tenants are 'friends'. Men say they rent privately and work for various employers; no employer link established. Enforcement notice served for overcrowding.""",
  " | oc plc | | l")
T("""School safeguarding referral: P6 pupil (age 10) disclosed to class teacher that she has to clean the whole house and look after her baby cousins before school and is 'not allowed to eat with the family'. She is living with an aunt, arrived from Nigeria last year, not on any school register before. Often tired and hungry, uniform dirty. Aunt has not attended any meetings.""",
  "AV AC | pa | D | h")
T("""Public report: The takeaway at the end of my street has someone living in it, I see the lights on all night and a man sleeping on chairs when i walk the dog at 6. Not sure if thats allowed""",
  " | saw | | l")
T("""INT LOG: Source reports that an Indian national, nom 'RAJU', aged approx 40, works 7 days a week in a restaurant in Dundee from 10am to 1am. Owner holds his passport 'for visa reasons'. Raju sends nothing home as owner says he will get his wages 'when visa sorted' — he has been there 2 years. 2/C/P""",
  "EO RD WW | lh dt | L | h")
T("""Witness statement (extract): I work at the warehouse in Eurocentral through an agency. I have my own bank account, I get my payslip every Friday and I can see my hours are right. Sometimes we do overtime at Christmas but it is our choice. I have never had my passport taken. I am giving this statement because my friend had problems with a different agency.""",
  " | | | l")
T("""Crimestoppers: men at a hand car wash in Elgin are sleeping in the portacabin on site. One of them told my son they get paid nothing until the 'debt' is cleared. Boss drives a black Range Rover.""",
  "DB WW | saw | L | m")
T("""Intel 1/A/P: Officer observed 4 Slovak males being let out of a locked shed at Sandhaven fish yard at 0600 by a male with keys. Shed contains bunk beds and a gas heater. Males were driven to processing line. POI KOVAC Marek is the keyholder.""",
  "RM AC | rm saw plc et | L | m")
T("""Interpreter's note: she says that in Lagos a woman, 'Madam', paid for her travel and took her to a shrine where she swore an oath. She says that if she does not pay back €35,000 the oath will kill her and her family will suffer. In Glasgow she was taken to flats to sleep with men, sometimes eight in a day. She says she gave all the money to Madam's sister who lives with her.""",
  "DB IT WW AV | ncw | S | h")
T("""Noise complaint regarding a party flat in Marchmont. Students. Dispersed by police. No further concerns.""",
  " | | | l")
T("""Probation note: Service user (19M) reports that while on remand he met a man who 'sorted' his debt. Since release he has been told he owes £3,000 for the 'favour' and must hold and deliver packages in Kirkcaldy to clear it. He was given a phone he must answer at all times. Service user is scared and says they know where his gran stays.""",
  "DB IT | | C | m")
T("""GP note: 41M Romanian presenting with back pain and chest infection. States he works at a hand car wash 12 hours a day, 7 days a week. Lives in 'house with the other boys'. Says boss pays £30 a day. Has own passport. Declined discussion of working conditions.""",
  "EO | lh | L | m")
T("""INT 2/B/P: The bar manager at the Fort William hotel says the seasonal staff from Spain and Italy came through a recruitment fair, get normal wages and live in staff accommodation with 2 per room. Report came in about long hours but on enquiry staff work 40-45 hours with overtime paid. NFA.""",
  " | | | l")
T("""Call 101, 15:40: caller says she is worried about her cousin's friend who came from India to marry a man in Paisley. Since the wedding she has been made to do all the housework for his parents and brothers, is not allowed to phone her family, and the mother-in-law keeps her passport in a locked drawer.""",
  "RD IS AV | dt iso | D | h")
T("""Press summary: Three men were sentenced at the High Court in Edinburgh today for trafficking offences after vulnerable British men were recruited from homeless hostels and made to work on driveway and roofing jobs across Scotland for little or no pay. The court heard the victims lived in caravans without running water and were beaten if they complained.""",
  "AV WW AC PV | plc | L | h")
T("""Intelligence: Albanian national nom 'DRINI' running cannabis grows in houses in Motherwell and Wishaw. Young Albanian males (possibly 16-17) brought in on lorries and placed as gardeners, told they must work off the cost of the lorry journey. 2/C/P""",
  "AV DB | | C | h")
T("""Man attended Stewart Street police office to say he had lost his job at a call centre and his landlord was threatening to evict him. Advice given about Shelter Scotland. No crime.""",
  " | | | l")
T("""NGO caseworker: Client (F, 44, Filipino) worked as a nanny in a diplomatic household in London then Edinburgh. Employer kept her passport and visa card. Worked 16-hour days with no day off in 3 years. Paid £150 a month into employer-held account. Never allowed out without the family. Escaped when the family were at a function.""",
  "RD EO WW RM | dt lh ncw rm | D | h")
T("""seen a lad about 14 on a bike dropping stuff off at the flats in Hilton and another guy in a car watching him every time. Been going on weeks. he looks skinny and tired""",
  "AV | pa | C | h")
T("""INT LOG 2/B/P. POI SHAH Imran operates a recruitment 'agency' in Glasgow charging Pakistani and Indian students £2,500 for care worker placements and COS sponsorship. Students report jobs never materialised. No evidence students are working under his control.""",
  "DE | uf | | m")
T("""Care inspection note (Care Inspectorate): Staff at the care home near Inverness are mainly Zimbabwean and Indian sponsored workers. Staff interviews show contracts in place, rotas of 48 hours maximum, accommodation optional and at market rent. Sponsor licence documents in order.""",
  " | | | l")
T("""INT: POI LUNGU, known to have taken over the flat of a vulnerable female heroin user in Dundee (cuckooing). Flat used to bag and sell crack. Female allowed to stay in one room, given drugs to keep her compliant. 2/B/P""",
  "AV | | C | h")
T("""It wis the same van every mornin at the Broomhill roundaboot, a dozen wee guys jumpin in the back. Nae seats. Dinnae know where they go but they come back absolutely wabbit at 10 at night.""",
  " | ce | | l")
T("""Public report online: HELLO I WANT TO REPORT MY NEIGHBOUR SHE IS A WITCH SHE KEEPS LOOKING AT MY WINDOWS AND PUTTING RUBBISH IN MY BIN. I HAVE PHOTOS""",
  " | | | l")
T("""INT 2/B/C (handling: not to be shared with HO without SIO auth): VN female nom 'LINH' approx 16 working at a nail bar in Falkirk, sleeps in back room, no school. Manager 'CHI' speaks for her when approached by trading standards.""",
  "AV | saw sfw | L | h")
T("""Debrief account: I came from Sudan. In Libya they sold me to a man who said I must give him a kidney or my brother is killed. They took me to a clinic in Egypt. After the operation they gave me nothing and left me at a bus station. Now I live in Glasgow and I have pain every day.""",
  "IT AV | | O | m")
T("""Renal unit letter: Mr A, 52, received a living-donor kidney transplant at the Western Infirmary; donor is his daughter, fully assessed through HTA process. Recovering well.""",
  " | | | l")
T("""hand car wash on the A9 near Perth, boys are always there even on christmas day. they live in the back of the unit. dont think they get any days off""",
  "EO AC | lh saw | L | m")
T("""INT 3/C/P: Rumour in the community that the owner of the Chinese restaurant in Stornoway 'keeps the staff's passports'. On enquiry with staff and owner, all staff produced their own passports and BRPs. No further indicators.""",
  " | | | l")
T("""Au pair (20, Spanish) rang helpline from a house in Bearsden. Agreed 25 hours/week childcare. Now doing cleaning, laundry and dog walking for the whole household 60+ hours a week. Host family have stopped her pocket money saying she 'broke a vase' and must pay it back. She has her own passport and phone but says she has nowhere else to go.""",
  "DE EO WW DB | lh | D | h")
T("""Intel LOG: VRM SN66 ABC registered to SULEJMANI Arben, seen at a property in Kirkcaldy and at a property in Glenrothes, both suspected cannabis farms. No occupants seen. 2/C/P.""",
  " | | C | m")
T("""Officer note: Attended a domestic at Bridge of Don. Husband and wife arguing over finances. Both employed. No injuries. No concerns re: exploitation.""",
  " | | | l")
T("""Report via Modern Slavery Helpline: fishing boat crew in Peterhead harbour, Indonesian men, living on board for months, caller saw a crewman with a swollen face and cuts. Crew told caller the skipper 'is angry man' and they cannot go ashore.""",
  "PV RM | pa rm saw | L | h")
T("""A young British woman told officers she works at a massage parlour in Leith of her own choice, keeps her own earnings and pays rent to the landlord. No indications of control or coercion. Intelligence submitted for awareness only.""",
  " | | | l")
T("""INT 1/B/P: Romanian males in Blackburn, West Lothian, supplying ID for benefit claims. At least 9 UC claims linked to one address; claimants say 'boss Vasile' has their documents and bank cards and they receive £40 cash a week.""",
  "RD WW | dt ncw mbc | C | m")
T("""Call summary: A woman said her lodger from Poland seemed frightened and never had any money. On follow-up the lodger said she was saving to go home and was fine. No concerns.""",
  " | | | l")
T("""GLAA: Gangmaster operating without licence supplying workers to a daffodil farm in Angus. Workers paid correctly by farm through PAYE; the only breach is the unlicensed supply. Warning letter issued.""",
  " | | | l")
T("""nail bar in Airdrie there's a girl there never speaks english she works every day open till close, the owner does all the talking. im worried she's not ok""",
  "EO | lh sfw | L | m")
T("""INT: Male nom 'BIG T' recruiting girls aged 13-15 from a children's unit in Falkirk via Snapchat, giving them vapes and alcohol, taking them to parties in Grangemouth where older men are present. 2/B/P""",
  "AV | | S | h")
T("""Letter from the procurator fiscal to the victim: Your case has been marked for prosecution under the Human Trafficking and Exploitation (Scotland) Act 2015. You may be asked to give evidence by commission. Victim support details enclosed.""",
  " | | | l")
T("""Witness: I used to drive for Mr GILL. Every morning I picked up the Indian lads at the house in Dundee about 5, took them to the farm. They had no phones, he said it's better they don't talk to people. They gave me the impression they were frightened of him.""",
  "IS | ce iso et | L | m")
T("""Inverness: concern raised by bank about elderly customer transferring money to a 'romance' contact overseas. Fraud only. No exploitation indicators.""",
  " | | | l")
T("""INT 2/B/P: Women working at a pop-up brothel in an Airbnb in the New Town are being collected by VRM SF21 KLP at 2300 and dropped back at 0600. Booking made by a female using a Czech ID.""",
  " | ce et | S | h")
T("""Transcribed from voicemail: 'Please you help. My husband family take my passport, they beat me, I cannot leave house, Kirkcaldy, I don't know road name.'""",
  "RD PV RM IS | dt rm iso | D | i")
T("""Salvation Army intake: Polish male, 55, approached at a soup kitchen in Edinburgh and offered paving work. He was housed in a garage with 4 others, given beer and tobacco instead of money, and told if he went to the police they would 'put him in the ground'. He escaped after 6 months.""",
  "AV WW IT AC | oc plc | L | h")
T("""Officer handover: Report of man sleeping in car at Ullapool harbour. Spoke to him: Scottish, between tenancies, works as deckhand on local creel boat, happy with employer. Signposted to housing options.""",
  " | | | l")
T("""INT LOG 2/C/P: Eastern European women seen carrying bags of new clothes out of stores at Braehead and handing them to a male in a BMW. Women appear to be acting on instruction, male counts items.""",
  " | | C | m")
T("""im a cleaner at a hotel in Glasgow the agency keeps £15 every week for uniforms and the gloves and we have to pay for the bus they take us in. my wage is very small after. i have my passport and i can go home if i want""",
  " | ppe ct | | l")
T("""Intelligence: Indian national women in a private house in Newton Mearns doing cooking and cleaning for extended family, never seen outside, children of the family attend private school. Source heard one woman say she hasn't been paid since arriving 2 years ago. 2/C/P""",
  "WW IS | iso | D | m")
T("""Community officer: Met the manager and staff at the new car wash on Maryhill Rd after concern raised online. Staff are employed via payroll, receive payslips, use their own transport and live at various addresses. No indicators found.""",
  " | | | l")
T("""INT 2/B/P. POI BALAZ Jan controls accommodation of 20+ Slovak Roma workers at a factory in Motherwell. Wage slips show deductions of £95/wk for 'rent', £20 for transport, £10 for 'workwear'; some workers receiving under £40 net. 3 bedroom house.""",
  "WW AC | oc ct ppe | L | m")
T("""Report: There's a guy in his 60s in Drumchapel letting a young Scottish girl stay with him, she's 16 and he's buying her drink and phones. My daughter says he gets her to meet his mates. I dont want to be wrong""",
  "AV | | S | h")
T("""Witness statement extract: On the boat we fished for 3 weeks without stopping. We slept maybe 4 hours. The skipper kicked the young one from Ghana because he was too slow. When we came back to Scrabster he said our money would come 'after the season'. It never came.""",
  "EO PV WW | lh | L | h")
T("""Public report: the car wash at the back of the retail park in Inverurie has a fella who is always wearing the same clothes, he has no coat and it's freezing, he looks half starved. the others are scared to talk""",
  " | pa fpe | L | m")
T("""Car wash lads in Ayr sleeping in the shipping container out back, every night.""", "AC | saw plc | L | m")
T("""INT 2/B/P: POI holds passports of 5 VN nail technicians, Kirkcaldy.""", "RD | dt | L | m")
T("""Fisherman lost wallet on the pier at Mallaig, handed in. Returned to owner.""", " | | | l")
T("""she says 'Madam keeps my money, I get only for bus'.""", "WW | ncw | | m")
T("""Girl, about 14, seen getting into a dealer's car outside school in Easterhouse again.""", "AV | | C | h")
T("""Caller reports shoplifting at Co-op, Dingwall. Suspect local, detained by staff.""", " | | | l")
T("""boss says i pay back £6000 for the van to England first.""", "DB | | | m")
T("""INT 3/C/P: 'Hotel staff in Oban not allowed out after 9pm.' Unverified.""", "RM | rm | L | m")
T("""Debrief: 'They told me painting work. It was cannabis.'""", "DE | | C | m")
T("""No concerns re: exploitation identified at the berry farm near Blairgowrie; workers spoken to.""", " | | | l")
T("""Massage parlour, Dundee: women live on the premises, same man answers every phone.""", " | saw sfw | S | h")
T("""Boy's mum says he was threatened with a knife for refusing to run drugs to Perth.""", "AV IT | | C | h")
T("""He's got their phones locked in his van so they cannae call anybody.""", "IS | iso | | m")
T("""Au pair in Bearsden: agreed hours, own room, paid weekly. Wanted advice on visa extension.""", " | | | l")
T("""Vietnamese teen found in Livingston cannabis grow; padlock on outside of bedroom door.""", "AV RM | rm | C | h")
T("""Deckhand says skipper took our seaman's books and won't give them back.""", "RD | dt | L | m")
T("""Caller: Polish worker paid properly but hates the night shifts. Just venting.""", " | | | l")
T("""Nail bar girl Inverurie: works 9am–9pm 7 days, never a day off.""", "EO | lh | L | m")
T("""INT: pop-up brothel, Airbnb Merchant City, 3 Romanian females, driver collects cash nightly.""", "WW | ncw | S | h")
T("""Woman in the takeaway's flat upstairs has a swollen eye and never goes out alone.""", "PV RM | pa rm | | h")
T("""Report: lost passport at Glasgow Airport, Spanish tourist. Reported to consulate.""", " | | | l")
T("""£25 a week for 70 hours on the potato harvest, rest 'kept for rent'.""", "WW EO | lh | L | m")
T("""Probation: client wants to move to Aberdeen for a job on the rigs. Approved.""", " | | | l")
T("""Cleaning lady in West End house never paid, sleeps in the utility room.""", "WW AC | saw | D | m")
T("""Man offered £3,000 for his kidney by a 'broker' in a Glasgow mosque car park.""", " | | O | m")
T("""Crimestoppers: lassie in the brothel on Leith Walk is 15 at the most.""", "AV | | S | h")
T("""Neighbour's dog barking all night in Fort William. Council informed.""", " | | | l")
T("""Workers at the packhouse each charged £10 a day for the minibus.""", " | ct | | l")
T("""999 0140: male caller, Polish, whispering. Says he and 3 others are locked in a portacabin at a farm near Forfar, the gaffer has taken their phones except his hidden one and said he'll 'finish them' if they try to leave tonight. Grade 1.""", "RM IS IT | rm iso | L | i")
T("""Call summary 999: 14-year-old girl rang from a car park in Falkirk, says the man she is with won't let her out of the car and is taking her to 'meet his pals' in Glasgow. Vehicle details obtained, units en route.""", "AV RM | rm | S | i")
T("""Text message to 999 (Scotland): 'Boss beat my friend, he is bleeding, they lock us in the boat cabin, Peterhead harbour, please come'.""", "PV RM | rm pa | L | i")
T("""INT 2/B/P: Source states that a Pakistani national male in Glasgow Southside is arranging for young men from Punjab to come to the UK to 'sell a kidney' for £5,000, with operations said to take place abroad. Two men believed already travelled. POI nom 'DOCTOR SAHIB'.""",
  " | | O | m")
T("""A&E Glasgow Royal: 26M Moldovan with a healed nephrectomy scar, states it was done 'in Turkey for money' 18 months ago. He says a man paid his family's debt in exchange and he was told he'd be killed if he refused. Now unwell, referred to renal. Safeguarding referral made.""",
  "IT AV DB | | O | h")
T("""Routine note: Patient attending nephrology clinic following altruistic kidney donation in 2022 at Edinburgh Royal Infirmary. All checks normal.""",
  " | | | l")
T("""Debrief extract (via interpreter): he says that the agent told him he could earn good money as a cook in Scotland. Instead he was taken to a clinic in Istanbul and told he must 'give one kidney' to clear what his family owed. He was paid nothing. He was then put on a lorry to the UK.""",
  "DE DB WW | | O | h")
T("""Witness statement: My cousin said the men in the flat in Shawlands are looking for people with type O blood and they will pay travel to India for an operation. They took his passport to 'arrange visa'. He is frightened and does not want to go now but they say he has to.""",
  "RD IT | dt | O | m")
T("""POLICE SCOTLAND — OFFICIAL-SENSITIVE. INT LOG 2/B/P. Subject: POPESCU Elena (DOB 22/09/1985). POI manages 3 'massage' premises in Aberdeen city centre (Crown St, Bon Accord St, King St). INT suggests female workers (RO/HU) are rotated weekly, live on premises, and hand 100% of takings to POI who 'pays them at the end'. Several have not been paid in months.""",
  "WW | saw ncw | S | h")
T("""Sheriff court update: accused pled guilty to a charge under s4 of the Human Trafficking and Exploitation (Scotland) Act 2015. Sentence deferred for reports. Victims supported by TARA.""",
  " | | | l")
T("""Edinburgh: resident reports that Bulgarian workers at a kitchen fit-out company next door arrive at 7:30am and go home at 5pm. Caller just wanted to check they were legit after seeing a leaflet about modern slavery. They have their own cars. No concerns found.""",
  " | | | l")
T("""Intel 2/C/P: Skipper of the FV 'BONNIE LASS' (Buckie) recruiting Filipino deckhands via a Manila agency which charges $3,000 in fees. Crew allegedly told they must repay the fees from their first 6 months of wages, paid through the skipper.""",
  "DB WW | uf ncw | L | m")
T("""Visa issue only: Indian national, overstayed student visa by 3 months, walked into police office asking for advice about returning home. Works part-time in a shop, paid cash, no coercion described. Referred to Home Office voluntary returns.""",
  " | | | l")
T("""INT 1/B/P: Op GARNET. Three Slovak males recovered from farm near Blairgowrie living in a converted cattle shed, no toilet or running water. All three state they worked 7 days a week picking and packing and received £20 each per week. Employer MIKLOS holds their ID cards.""",
  "AC EO WW RD | plc lh dt | L | h")
T("""NSPCC referral: 15-year-old girl in care, Inverclyde, repeatedly missing overnight, returns with new phones and money. Seen getting into cars with adult men. Disclosed to carer that one man 'hurt her' and she had to 'pay him back' for the weed.""",
  "AV PV DB | | S | h")
T("""Public report: my daughter's boyfriend is 24 and she's 16, he's got her selling ket for him at the high school in Falkirk, she's got a debt to him now of £600 cause she 'lost' a bag, he's said he'll cut her face if she doesnt pay""",
  "AV DB IT | | C | h")
T("""INT: Chinese females advertised on Vivastreet at addresses in Dundee and Perth. Same phone number. Calls answered by a male who negotiates prices. Females unable to speak English. 2/B/P""",
  " | sfw | S | h")
T("""Teacher note: 14M Romanian pupil absent from S2 most Fridays. Father says he helps at the family's carpet stall at the market. Boy says he likes going; attends otherwise. Attendance officer involved. No exploitation concerns.""",
  " | | | l")
T("""Victim account (written by victim, translated from Polish): We were 11 people in a house in Coatbridge with 3 rooms. Marek took our bank cards and PIN numbers to 'pay bills'. We worked at the meat factory through the agency, but all money went to him. He gave us £20 each Friday. When Piotr argued Marek hit him with a bottle. Nobody went to police because Marek said police will deport us.""",
  "WW AC PV IT | oc ncw fa | L | h")
T("""INT 3/C/P: Anonymous source states car wash in Kilmarnock 'must be slavery, they're foreign'. On attendance workers (Kurdish Iraqi) had own accommodation, bank cards, and were paid via payroll. Employer known to licensing. No indicators.""",
  " | | | l")
T("""Domestic abuse: 33F reports husband has been physically violent towards her. She works as a nurse and controls her own finances. Arrested for assault. Domestic abuse only, no trafficking concerns.""",
  " | | | l")
T("""She says that the family in Dubai brought her with them to their holiday house in the Highlands for the summer. She was working from 5am to 1am, not allowed to eat until the family finished, and the madam held her passport. When they went to a restaurant she was left locked inside the house.""",
  "EO RD RM AC | lh dt rm | D | h")
T("""Call summary (101): Caller is a taxi driver. Took 3 young girls, looked about 15, from a flat in Sighthill to a hotel in Edinburgh at 1am, older man paid. Girls were quiet and looked scared. One had bruises on her arm.""",
  "AV | pa et | S | h")
T("""Highland Council: licensing complaint about a hotel in Skye employing seasonal staff without written contracts. Inspection found staff had contracts, pay at Real Living Wage, two days off a week. Complaint not upheld.""",
  " | | | l")
T("""lads at the barbers on Union St been working there 7 days, sleeping in the back, boss has their passports. one is 16 maybe""",
  "EO RD AV | saw dt lh | L | h")
T("""ASP referral: 47M with acquired brain injury, Paisley. A 'friend' has moved in, uses his flat to store drugs and makes him carry packages to addresses around Ferguslie. Man says he is scared of the friend and has been slapped.""",
  "AV PV | | C | h")
T("""Custody note: 17M, Vietnamese, arrested at a cannabis grow in Hamilton. Appears thin, has burn marks on hands, wearing same clothes as in photos from 2 weeks ago. Says the 'uncle' locks him in. Interpreter requested, NRM referral made.""",
  "AV RM | pa rm | C | h")
T("""Border Force Aberdeen heliport: Norwegian contractor for oil and gas company, passport queried due to damage. Replaced. No further issues.""",
  " | | | l")
T("""INT 2/C/P: Female nom 'MAMA JOY' in Edinburgh, Nigerian, said to control several young women working in flats in Leith and Pilton. Women allegedly sworn to juju oath, owe her large sums. 2 wks ago one woman seen with burns to her arm.""",
  "DB IT PV | pa | S | h")
T("""Officer note: Attended HMO in Leith re: overcrowding. Eight Spanish students sharing legally licensed 8-bed HMO. All studying, paying rent to letting agent. No concerns.""",
  " | | | l")
T("""Intel 2/B/P: VN male approx 20 working at nail bar in Kirkcaldy, owner 'ANH' pays his wages to the people smuggler. Male told 3 more years before he is free.""",
  "WW DB | ncw | L | m")
T("""Public report: the new Thai massage place opened above the chemist in Hamilton, lights on at 3am, men coming and going, it doesnt look right""",
  " | | | l")
T("""INT: Young British female (17) from Glasgow found in a flat in Aberdeen during drug warrant. Had been there 10 days, holding drugs for older males. Mobile phone taken from her by 'Smokey'. Mother reported her missing. 1/A/P""",
  "AV IS | iso | C | h")
T("""Report (text to non-emergency): caller's Vietnamese neighbour girl maybe 18 seems to live at the nail shop on London Rd, never leaves, caller saw her eating noodles on the floor of the back room at midnight""",
  "AC | saw | L | m")
T("""INT 2/C/P: Intelligence suggests the family at a farm near Turriff have a British man with learning difficulties working on the farm for 'board and keep' for at least 10 years. Man sleeps in a bothy with no heating, is never seen in town without a family member.""",
  "AV WW AC RM | plc rm et | L | h")
T("""INT 1/A/P: Op TAY. Officers observed ELEVEN cards used at ATM at Overgate, Dundee at 0215 by male SAVA Florin. Cards linked to workers at a poultry factory in Coupar Angus. Workers approached, stated SAVA 'manages the money for everyone' and they receive £10 a day.""",
  "WW | mbc ncw | L | m")
T("""Report: hi there's a man who gets about 6 women from a house in Kirkton into a minibus every morning, I think they clean the offices in town? The women are very thin and all wear the same grey tabards""",
  " | et pa | | l")
T("""Debrief (Albanian male, 18): 'They said in Scotland I can work in a car wash and send €1,000 a month to my mother. They brought me in a lorry. In Glasgow a man named Ardit took my phone and said I must work in the house with the plants for the debt. He said he will kill my family if I speak to police.'""",
  "DE IS DB IT | iso | C | h")
T("""Intel 3/D/P: Rumour that staff at a Glasgow Indian restaurant are 'slaves'. Visit by Immigration Enforcement found staff with valid visas, own bank accounts, contracts. Source assessed as unreliable. NFA.""",
  " | | | l")
T("""Victim statement extract: 'I worked for the Bangladeshi family in Dundee. I cooked and cleaned for 11 people. I was not allowed to leave the house except to take out the bins. They said if I went out the police would arrest me because my visa was finished. I was not paid. I had one set of clothes.'""",
  "RM IT WW AV | rm fa fpe | D | h")
T("""Aberdeen fish market: port health officer reports 3 Sri Lankan crew on a Spanish-flagged trawler with no PPE; crew say they have to pay the skipper for gloves and boots from their wages. Crew otherwise say they are paid monthly to their own accounts.""",
  " | ppe | | l")
T("""INT LOG 2/B/P: CSE concern — males operating from a takeaway in Rutherglen offering free food, cigarettes and lifts to girls aged 13–15, then taking them to a flat in Cambuslang where they are given alcohol and sexually assaulted.""",
  "AV PV | | S | h")
T("""Police Scotland call log: Hotel manager in Glencoe reports kitchen porter (Hungarian) has disappeared owing a week's rent for staff accommodation. Manager says he was paid up to date. Porter located safe, had moved to another job. No concerns.""",
  " | | | l")
T("""Report: there's a young lassie at the car wash on the Dundee road, she does the hoovering inside the cars. she's at it dawn till dark and I've seen the boss shouting right in her face and she was greetin""",
  "EO IT | lh | L | m")
T("""Referral (Children 1st): 16F, Chinese, arrived at Glasgow Airport unaccompanied, taken to LA care. Went missing after 3 days. Found 2 weeks later working in a massage parlour in Edinburgh, told by a woman she owed £20,000 for the journey.""",
  "AV DB | | S | h")
T("""Caller's colleague at the salmon farm near Oban is from Ukraine, lives in the company cottage, pays rent fairly, has good English and is well liked. Caller asked if it was OK that his visa is sponsored by the company. Advised yes.""",
  " | | | l")
T("""She says the man who brought her from Romania told her they would marry and open a shop. In Glasgow he made her beg outside Central Station every day from 8 until 8 and took all the coins. When she came back with too little he hit her. She has her ID card but he keeps it 'so she won't lose it'.""",
  "DE PV WW RD EO | dt lh ncw | C | h")
T("""Witness: I'm a delivery driver. At the big house in Bearsden, a woman always opens the door, never speaks, looks exhausted. The homeowner once shouted at her in front of me. I don't know anything else.""",
  " | pa | | l")
T("""INT 2/B/P: A male (Polish, 40s) known as 'KUBA' is recruiting homeless Polish men from the Bethany Christian Trust drop-in, promising work at a waste recycling plant in Cumbernauld with a room. Men later seen sleeping in a unit at the plant and reported to get 'beer money' only.""",
  "AV DE WW AC | saw | L | h")
T("""Public report: i seen 3 men standing in a car wash in Inverness in t-shirts in the snow no boots, they said they cant afford boots cause the boss charges them. one had his hand all cut up""",
  "AC | ppe pa | L | m")
T("""Probation: 24M on community payback order says he is being made to 'work off' a drug debt by driving for a dealer, drops to Dundee and back most nights. Says the dealer has threatened to harm his girlfriend.""",
  "DB IT | | C | m")
T("""Neighbourhood note: reports of anti-social behaviour by youths at a skate park in Portobello. Dispersed. No exploitation concerns.""",
  " | | | l")
T("""INT 2/C/P: A Chinese national female in a flat in Aberdeen works as a 'nanny' and housekeeper for a businessman's family. Source believes she is paid and has days off; she is seen alone at Asda on Sundays and speaks on the phone to family. No indicators.""",
  " | | | l")
T("""Missing person: 15-year-old boy from Drumchapel found in Stornoway with a quantity of heroin and crack. Says a man drove him there and told him he couldn't leave till it was all sold. Phone taken. Social work informed, child protection procedures initiated.""",
  "AV RM IS | rm iso | C | h")
T("""Report from MSP's office: constituent says her son (22, autistic) has been befriended by a group who take him to work on driveways in Ayrshire, keep his bank card 'to keep it safe' and give him £20 on a Friday. He has lost weight and says he can't say no.""",
  "AV WW | ncw pa | L | m")
T("""Safeguarding referral from Glasgow Caledonian University: international student (21F, Nigerian) says she has been working 60 hours a week at a care agency, above her 20-hour visa limit, because the agency director threatened to tell the Home Office if she cuts her hours. He also holds her BRP.""",
  "IT EO RD AV | lh dt fa | L | h")
T("""Officer note: two Portuguese men asleep in a parked van at a lay-by near Dingwall. Both work for a legitimate construction firm on a wind farm, paid weekly, chose to sleep in van to save money. Directed to campsite. No concerns.""",
  " | | | l")
T("""INT 2/B/P: Ukrainian refugee women hosted in Aberdeenshire being approached by a man offering 'cleaning work' with accommodation in Aberdeen. Two women who took the offer are now reported to be working in a massage parlour. Host family concerned.""",
  "DE AV | | S | h")
T("""Council note: complaint that the Polish workers at a garden centre in Ayr are underpaid. On inspection, workers are paid at NMW, one had an overdue holiday pay dispute which employer has now resolved. Workers free to come and go.""",
  " | | | l")
T("""I work at the hotel in Pitlochry. The manager says our wages go to the company in Bulgaria and they send it to us, but since March nothing has arrived. We are 6 girls. We live above the kitchen, we work every day breakfast to dinner. We don't have the money to go home.""",
  "WW EO | lh saw | L | m")
T("""Intel 2/B/P: The 'uncle' of an 11-year-old Romanian child in Glasgow Govanhill takes her begging in the city centre every day instead of school; another adult seen collecting money from her hourly.""",
  "AV WW | | C | h")
T("""Victim statement extract: 'My husband's brother found me a husband in Scotland. After the wedding in Glasgow the family took my passport and made me work in the shop and in the house. My husband raped me and said if I told anyone he would send me back to Pakistan in shame.'""",
  "RD PV IT | dt | D L | h")
T("""Highlands: caller concerned about a Thai woman married to a local man in a remote croft near Lairg. On a welfare visit she said she is happy, drives, works part time at a hotel and visits her sister in Inverness. No concerns.""",
  " | | | l")
T("""INT LOG 2/B/P. POI GASHI Bekim. Using a car wash in Hamilton as front. Workers (Albanian, approx 6) live in flat above; POI holds their passports and collects wages. Workers work 7am–8pm daily. Transport between flat and wash provided by POI.""",
  "RD WW EO | dt ncw lh et | L | h")
T("""Report: Saw a young girl in school uniform being taken into a flat in Cranhill by two older men at lunchtime. Happens a lot. The men give her cigarettes.""",
  "AV | | S | h")
T("""Report about a neighbour's son who keeps asking the caller for money; caller suspects drug use. No exploitation indicators. Signposted.""",
  " | | | l")
T("""INT 2/B/P: Construction site in Leith — workers sourced by a subcontractor nom 'FLORIN' from Romania. Workers paid £60/day cash, FLORIN takes £20 each for 'commission'. Living in a house in Restalrig, 12 men. Workers not allowed to speak to main contractor's staff.""",
  "AC IS | oc iso | L | m")
T("""Summary of victim debrief (Op KELPIE), conducted at Govan via a Romanian interpreter.

IP1 (female, 22) states she met a man called 'Sorin' on Facebook in 2023 while living in Craiova. He said he had a cousin who owned a restaurant in Glasgow and that she could earn £1,800 a month as a waitress, with a room included. He paid for her flight to Edinburgh.

On arrival Sorin drove her to a flat in Govanhill where two other Romanian women were living. The next day he told her there was no restaurant job 'yet' and that she owed him £2,500 for the flight, the room and 'papers'. He took her ID card. From the second week she was made to see men who had answered adverts on an adult website. Sorin or his brother drove her to hotels and flats in Glasgow, Paisley and Edinburgh and waited outside.

She states she never kept any of the money. When she refused to see a client, Sorin's brother hit her across the face and said her little sister in Craiova would be 'the next one'. She says her phone was checked every night and she was not allowed to contact her family except on speaker with Sorin in the room.

IP1 left when a hotel receptionist in Edinburgh called police. She is now supported by TARA. IP2 and IP3 are not yet identified.""",
  "DE DB RD WW PV IT IS | dt et ncw iso | S | h")
T("""OFFICIAL-SENSITIVE — PARTNERSHIP REFERRAL (Aberdeen City Council, Adult Support and Protection)

Referral source: housing officer, following a routine gas safety visit to a council flat in Seaton.

The tenant is a 49-year-old British man with a long history of alcohol dependence. On arrival the officer found three younger men in the living room, one of whom answered the door and spoke for the tenant throughout. The tenant was in the kitchen and appeared thin and unkempt. The officer observed digital scales and small bags on the table.

When the officer spoke to the tenant alone on the landing, he said the men 'came up from Liverpool' about a month ago, that they give him drink and 'a few quid', and that he is told to stay in his room when 'customers' come. He said one of them pushed him down the stairs when he asked them to leave. He did not want police involved because 'they'll know it was me'.

The officer also noted that the boiler needs replacing and that rent arrears are building up; these are being dealt with separately by the housing team.

Action: ASP inquiry opened; referral passed to Police Scotland North East Division for a cuckooing response.""",
  "AV RM PV | sfw pa rm fa | C | h")
T("""Press release — Police Scotland

Officers from the National Human Trafficking Unit, supported by Highland and Islands Division, the GLAA and Marine Scotland, boarded a fishing vessel at Kinlochbervie harbour on Tuesday as part of a planned operation.

Eleven crew members were spoken to with the help of interpreters. Officers found that the crew were employed through a licensed manning agent, held their own passports and seaman's books, and were paid monthly into their own accounts at the rates set out in their contracts. Crew confirmed they had regular shore leave. Accommodation on board met the required standard.

Detective Inspector Fraser said: 'This was a proactive visit and I want to thank the skipper and crew for their co-operation. On this occasion we found no evidence of exploitation. Anyone with concerns about the treatment of workers in the fishing industry should contact Police Scotland on 101 or the Modern Slavery Helpline.'""",
  " | | | l")
T("""Intelligence report 2/B/P — hand car washes, Aberdeenshire.

Information received from a source with access states that two hand car washes, one in Inverurie and one in Ellon, are run by the same man, nom 'ARAN', believed Iraqi Kurdish, who lives in Aberdeen.

Approximately 10 males work across both sites. Source states they were brought from northern France on lorries and that 'Aran' paid the smugglers; the men are told they owe him £4,000 each and that £20 a day comes off their debt. They receive no other pay apart from cigarettes and food.

The men sleep in an industrial unit behind the Ellon site on mattresses; there is one toilet and no shower. They are driven between the sites in Aran's van at 0700 and back at 2100.

Source has not seen violence but says Aran 'shouts a lot' and has told them that if they leave, the police will deport them back to Iraq where they will be killed. Source believes one male is 16.

Separately, source states the Inverurie site is using a stolen water supply (passed to Scottish Water).""",
  "DB WW AC EO IT AV | saw plc et ce lh fa | L | h")
T("""Caseworker notes (Kalayaan-style advocacy service, Scotland office)

Client: Filipino female, 39, domestic worker. Arrived in the UK with her employers, a family from Qatar, on an Overseas Domestic Worker visa, initially in London, then at their house in the Scottish Borders for the summer.

Client says her working day started at 5.30am and ended after the family went to bed, often 1 or 2am. She had no day off in 14 months. She slept on a mattress in the children's room. Her passport was kept by the lady of the house with the family's passports 'for travel'.

She was promised $600 a month in her contract in Doha. She received $200 a month, paid in cash every three months, and the rest was 'sent to the agency'. She was allowed out only when accompanying the children to the park with the family driver. She had a phone but the employer checked her messages.

She left during a trip to Edinburgh when she was sent out to buy coffee, and approached a Filipino shop worker for help. No physical violence disclosed. She wishes to make an NRM referral and has been referred to solicitors about her visa.""",
  "EO AC RD DE WW RM | lh saw dt rm et | D | h")
T("""Call handler summary — 101 call, Inverness, 18:42.

Caller is a retired teacher who volunteers at a food bank. She says she has been worried about a young man, about 20, from Eritrea, who comes to the food bank with a man from a local takeaway. The older man does all the talking and once collected the young man's food parcel himself.

Today the young man came in alone and said, in broken English, that he works 'all time' at the takeaway and sleeps on the floor of the storeroom. He said the owner 'keeps my paper' and pays him 'sometimes £20'. He became very anxious when a car horn sounded outside and left quickly.

Caller also mentioned that the food bank has had a break-in at its shed last week, which she has already reported (ref given).

Incident created, passed to Highland Modern Slavery SPOC for follow-up.""",
  "EO AC RD WW | sfw saw lh dt | L | h")
T("""Handover note — late shift, Edinburgh Division CID.

1. Theft by housebreaking in Corstorphine: forensics awaited, nothing further tonight.

2. Report from a Bulgarian woman (40) who attended St Leonard's saying her employer at a cleaning firm owes her two weeks' wages after she left the job. She has her own bank account, was paid regularly before, has her own passport and lives with her husband. She just wants the money. Advised this is a civil/employment matter and signposted to ACAS. Not a modern slavery matter.

3. Missing person, 84-year-old male from Morningside, traced safe at his daughter's house.

4. Concern from a GP regarding a patient who said she 'cannot go home because of the men'. Patient did not attend the follow-up appointment. Address is a flat in Leith known for previous sex-work intelligence. Day shift to do a welfare visit.""",
  " | | | l")
T("""Debrief account (first person, taken in English, minor corrections)

I am from Nigeria. My aunty said she had a friend in Scotland who needed a girl to help with her children and I would go to college in the evenings. I was 15. The friend's husband collected me from Glasgow Airport and took me to their house in East Kilbride.

From the first day I did everything: I woke up at 5 to prepare breakfast, took the children to school, cleaned the house, did the washing, cooked, and put the children to bed. I went to sleep after midnight on a mattress in the box room. I never went to college. I never got money. The woman said she was sending money to my aunty but my aunty told me later she got nothing.

When I cried or made a mistake the woman beat me with a wooden spoon or a belt. She said if I told anyone I would be sent back and my aunty would be shamed. I was not allowed to go out except with the family, and they told people at church I was their niece.

I ran away when I was 17 because a lady at church gave me her number.""",
  "AV DE EO WW PV IT RM | lh rm et | D | h")
T("""GLAA compliance report (extract) — labour provider supplying a chicken processing plant, Lanarkshire.

Scope: licence renewal inspection. 40 workers on site from the provider (Romanian, Bulgarian, Polish).

Findings: The provider's records were complete and payslips matched bank transfers to workers' own accounts. Holiday pay and SSP correctly calculated. Workers interviewed (12) confirmed they find their own accommodation, travel to site by bus or car, and were not charged any fees for finding work. No PPE charges were identified; PPE supplied by the plant.

One worker complained that she had been given fewer shifts this month; the provider explained this was due to a drop in orders and showed that she had been offered work at another client site. One worker's right-to-work check had expired and was updated during the visit.

Conclusion: licence renewed with no additional conditions. No indicators of forced labour or worker exploitation were identified.""",
  " | | | l")
T("""Intelligence report 1/B/P — Op STRATH (county lines, Highlands)

On 03/10 officers executed a warrant at a flat in Inverness (Dalneigh) linked to the 'BENZ' line. Inside were a local woman (38, heroin-dependent, the tenant), and two boys aged 15 and 16 from the Greater Manchester area, reported missing by their families five days earlier.

The boys had no phones of their own; they each had a 'work phone' which the line holder controlled. They stated they had been driven up by an older male and told they could not go home until £5,000 worth of crack and heroin had been sold. The 16-year-old had a burn mark on his forearm which he said came from a lighter when he 'lost' a wrap. Both boys appeared undernourished.

The tenant stated she let the line use her flat in exchange for drugs and that she was 'scared to say no'. 

Both boys have been placed in emergency accommodation and referred to the NRM; the tenant was referred to ASP and drug services. Line holder remains outstanding.""",
  "AV RM IS PV | rm iso pa | C | h")
T("""Witness statement (extract) — former cleaner at a hotel in Aviemore.

I worked at the hotel for two winters. Most of the housekeeping staff were employed directly by the hotel and were treated fine; we had contracts and the pay was okay.

But there was a group of four Hungarian women who came through a different agency. The agency man, Laszlo, drove them in every day at 6 and picked them up after 10 at night, even though their shift finished at 4. They cleaned the staff quarters in the evening for nothing. They told me Laszlo took their bank cards when they arrived 'to set up the wages' and never gave them back. Each of them got about £50 a week from him in cash. They lived in one room in a house in Carrbridge that he rented, two bunk beds.

One of them, Kinga, told me Laszlo said he had friends in Hungary who know her son's school. She was crying when she said it.

I left the job in March. I don't know what happened to them after that.""",
  "WW EO AC IT | ce et lh ncw oc | L | h")
T("""Local authority safeguarding (Highland Council Children's Services) — initial referral discussion.

A 16-year-old girl, looked-after, placed in a residential unit in Inverness, has been missing on 6 occasions in the last two months. On each return she had new clothes, cash, and alcohol. Staff have seen her picked up at the end of the road by a grey Audi A3 (partial VRM SN2-). 

Today she disclosed to her key worker that a man called 'Mo', who she thinks is about 30, takes her to flats in Aberdeen and Dundee where she 'has to be with' his friends. She said Mo tells her that she owes him for the drink and the phone he bought her, and that if she tells anyone he will share pictures of her. She said once she tried to stay in the flat's bathroom and one of the men dragged her out.

The other young people in the unit are not thought to be involved, although one 15-year-old boy has been seen talking to the same Audi driver. 

Actions: IRD convened; police informed; NRM referral (child).""",
  "AV DB IT PV | et | S | h")
T("""Financial intelligence assessment (bank FIU to Police Scotland)

Over six months, 23 current accounts were opened at branches in Glasgow, Paisley and Motherwell by Romanian and Bulgarian nationals aged 19–35. All gave one of two addresses in Paisley. Salary credits come from three labour agencies supplying food factories.

Within hours of each salary credit, funds are withdrawn in cash, mostly at two ATMs in Paisley town centre, often with 6–10 different cards used in sequence by the same male (CCTV stills attached). Small transfers of £20–£40 are then made back to some account holders via a money transfer app.

Account holders who attended a branch were accompanied by a male who answered questions on their behalf. One account holder told staff she 'does not know the PIN, the boss has it'.

Assessment: consistent with a controller taking the wages of a group of workers. Referral to the Scottish Crime Campus for an intelligence development.""",
  "WW | mbc ncw sfw | L | m")
T("""Call summary — Modern Slavery Helpline transfer to Police Scotland (Glasgow), 14:05.

A woman called from a nail salon in Glasgow's Southside. She said she came from Vietnam 'with a big debt' and that she has been working at the salon and living at the owner's house for a year. She says she is paid but the owner takes 'most' of it for her debt, which is still £8,000, and she is only allowed out with the owner's niece. She says the owner has her passport.

She sounded frightened and said she had to end the call because the owner was coming back from lunch. She gave the salon name but not the house address, which she says she does not know.

Helpline assessed as high risk; police attended the salon within the hour.""",
  "DB WW RM RD IS | rm dt et iso | L | h")
T("""Officer's report — visit to a house in Inverclyde following concern from a neighbour.

The neighbour believed that a young Polish woman living at the address was 'kept like a servant'. On arrival I spoke with the householder, a Scottish man, and separately with the young woman (23), who speaks good English.

She explained that she is an au pair who came through a registered agency, works around 25 hours a week caring for the couple's two children, has her own room with a lock, receives £120 a week into her own account and has weekends off. She showed me her passport, which she keeps in her room, and said she goes to Glasgow with her friends on Saturdays and attends English classes. She said the neighbour may have seen her hanging washing late at night because she had been out earlier in the day.

I am satisfied there are no indicators of exploitation. The neighbour was updated.""",
  " | | | l")
T("""Debrief extract — male, 33, Indian national, care sector (via Punjabi interpreter).

He says that he paid an agent in Amritsar 18 lakh rupees for a Certificate of Sponsorship as a senior carer in a care home in Dundee. When he arrived, the care home said there was no job for him and the sponsor was 'another company'. That company placed him in domiciliary care runs across Angus.

He says he works from 7am to 11pm most days, driving his own car between clients without payment for travel time. His pay slip shows 37 hours a week. The director told him that if he complained, his sponsorship would be withdrawn and he would have 60 days to leave the UK. The director also asked him to 'repay' £4,000 for the training and the Home Office fees in monthly instalments deducted from his pay.

He lives with his wife and has his own passport.""",
  "DE EO IT DB AV | uf lh fa | L | h")
T("""Public report (web form, verbatim):

i dont know if this is the rite place but i live across from a farm near montrose and every summer there are foriegn workers in caravans. this year its different there are like 30 people in 4 caravans and a portaloo. a man in a white pickup comes every morning at like half 4 and takes them away in a horsebox thing and brings them back in the dark. one of the lassies came to my door asking for bread she said they hadnt been paid since they came and the boss has there passports. she said the man shouts and hit one of the boys with a stick. she was really frightened and ran back when the pickup came. i have his reg its SK70 ... something i didnt get it all

please dont say it was me""",
  "AC WW RD PV | oc plc ce et dt | L | h")
T("""Probation officer note (HMP Barlinnie release planning)

Service user (29M, Scottish) is due for release next month. He disclosed that before his sentence he was being made to work for a man in Springburn who 'gave him a roof' when he was homeless. He said he was sent to do labouring jobs and paving, and the man collected all the money from customers. He was given drugs and a bed in a van. He says the man beat him twice and told him he owed £2,000 for the drugs.

He now fears the man will be waiting for him on release; he says he has received a message through another prisoner saying 'your room's ready'. 

Actions: MAPPA not applicable; referral to the NRM with his consent; safe accommodation being sought outside Glasgow; intelligence submitted.""",
  "AV WW PV DB AC IT | plc | L | h")
T("""INTELLIGENCE REPORT — OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: Hand car wash, Clydebank (former petrol station forecourt)

Source reports that approx 8 males work at the site, believed Kurdish and Albanian. Site opens 0730 and closes 2000, 7 days. Males arrive together in a silver Sharan driven by the site manager nom 'HEVAL' and leave with him at close.

Source states the males live in a 2-bed flat on Kilbowie Rd owned by HEVAL's brother. Source has heard one male say that they were 'promised £70 a day' in Kurdistan but receive £25 and that HEVAL 'keeps the rest for the journey money'. Source also states that a younger male, possibly under 18, started 2 weeks ago.

Separately, source mentions the car wash sells second-hand tyres without receipts (passed to Trading Standards).""",
  "DE EO WW DB AV AC | lh et ce oc | L | h")
T("""Call summary 101, Sat 22:10: Caller in Kirkwall says there's a big boat in the harbour and some of the crew have been drinking and fighting in the street. Officers attended; two crew members (Scottish) charged with breach of the peace. No other concerns.""",
  " | | | l")
T("""ARE YE KIDDIN ME POLICE DAE NOTHIN. THE WEANS FAE THE FLATS ARE OOT ALL HOURS SELLIN GEAR FOR THE BAMPOTS IN THE BMW. ONE WEE BOY CANNAE BE MORE THAN 12. THEY SLAP THEM ABOUT IF THE MONEY'S SHORT. SORT IT""",
  "AV PV | | C | h")
T("""Salvation Army debrief summary (Client R, Nigerian female, 31)

R states she was recruited in Benin City by a woman who offered to pay for her to study nursing in the UK. She travelled via Italy where she was made to sell sex on the street for 2 years to 'pay back' €40,000. She was then brought to Glasgow by a man called Osas. In Glasgow she was housed in a flat in Pollokshields with 3 other women and advertised online. Osas collected all the money; she was told the debt had 'gone up' because of the new travel costs.

She states Osas beat her with a belt when a client complained. She was allowed out only to go to the corner shop with another woman.

R left when she was taken to hospital with an infection and disclosed to a nurse. She is now in safe house accommodation. She wishes to co-operate with police.""",
  "DE DB WW PV RM AV | ncw rm | S | h")
T("""Edinburgh City Council licensing: Street trader licence renewal for a crêpe van on the Royal Mile. Two French employees, contracts seen. Approved.""",
  " | | | l")
T("""Report (online form) — hello, i stay beside a house in Kirkcaldy, theres a man lives there with maybe 6 or 7 other guys who go out in a van every morning at 6 they are doing landscaping. I spoke with one lad, Lithuanian, he said job is fine pay is ok they go home at christmas. I just wanted to check it was ok, thank you""",
  " | | | l")
T("""Police Scotland intelligence 1/A/P: Officers attending a RTC on the A96 near Huntly found 9 males (Romanian) in the back of a Luton van with no seats or windows. Driver stated he was taking them to a potato farm. Males each said they paid €300 in Romania for 'the job' and that their ID cards were given to 'the boss' on arrival.""",
  "RD | uf dt et | L | m")
T("""Nurse note, Dr Gray's Hospital Elgin: 19F Vietnamese, attended with severe skin reaction to chemicals on hands, works at nail salon. Said she works 'every day'. Her employer, who came with her, paid and answered most questions. Pt very reluctant to stay. Safeguarding flagged.""",
  "EO | lh sfw pa | L | m")
T("""Report: neighbour complaint that a man is running a business from his garage in Stirling, fixing cars. Noise. Planning matter only.""",
  " | | | l")
T("""Case note — Migrant Help: Client (Ukrainian, 45) is living with a host family under Homes for Ukraine scheme in Aberdeenshire. Client says the host asks her to clean the house and cook in return for the room but she is also working at a local shop and keeps her wages. She is looking for her own flat. Not considered exploitation; advice on rights given.""",
  " | | | l")
T("""Statement extract (interpreter): he says he arrived in Glasgow believing he would work in a restaurant kitchen. He says the kitchen was real but he was also made to deliver drugs for the owner's son at night. He says the owner said if he refused he would ring the Home Office and tell them he is illegal.""",
  "DE IT AV | fa | L C | h")
T("""INT LOG 3/C/P: Claim that Indian students in Aberdeen pay a fee of £500 each to a man who gets them shifts at a meat plant. Students are paid by the plant directly. Fee is one-off.""",
  " | uf | | l")
T("""Report: was in the nail place in Hamilton and the girl doing my nails had a burn on her arm and when i asked she looked at the manager and said nothing. She didnt seem to have any english. The place is open 9 till 9 every day and its always her""",
  "EO | pa lh | L | m")
T("""Custody officer: Detainee (Albanian, 20) arrested at cannabis factory in Glenrothes. States he was told he was coming for construction. States his passport was taken by the driver in France. States he owes £18,000. Appears frightened, requests not to be returned to cell with co-accused.""",
  "DE RD DB | dt | C | h")
T("""Intel: Young Romanian woman (approx 19) staying with an older man in a flat in Leith. She works at a car wash which he manages. Seen being dropped and collected by him every day. He holds her phone. Neighbours say he screams at her. 2/C/P""",
  "IS | et iso ce | L | m")
T("""A&E note (QEUH): 45M Slovak, laceration to head. States he was hit by his 'boss' with a spade on a building site in Renfrew after asking for his wages, which he says he hasn't received for 8 weeks. Refuses police involvement, says 'he knows where my family are'.""",
  "PV WW IT | pa fa | L | h")
T("""Call summary: Caller (woman, Stornoway) says her husband drinks too much and shouts. No violence. She has left to stay with her sister. Advice given.""",
  " | | | l")
T("""INT 2/B/P: Filipino crew on a Peterhead-registered whitefish boat are employed via a manning agency in Manila. Crew members say their wages are paid monthly to their families in the Philippines, by their own choice, and they have their passports. Crew have shore leave in port. Crew paid at ITF rates. NFA.""",
  " | | | l")
T("""theres lassies being brought tae a hoose in Clydebank, taxis dropping them aff late, different men going in. Wan o them looked aboot 15. The guy that stays there is a wrong un""",
  "AV | | S | h")
T("""INT: Rota for a hotel in Inverness shows 4 Indian kitchen staff on 90-hour weeks for 3 months. Staff say they are not paid overtime and that the employer holds their passports 'for the Home Office'. Employer is their visa sponsor. 2/B/P""",
  "EO RD AV | lh dt | L | h")
T("""Report: I want to report my ex landlord, he kept my deposit. I moved out in October. It's £700.""",
  " | | | l")
T("""INT LOG 2/C/P. CUCKOOING. Male nom 'JAY' from Merseyside operating out of the flat of a vulnerable female (learning difficulties) in Inverness, Merkinch. Female told to stay in the bedroom while deals go on. Neighbours report her crying. Phone line 'JAY' active in Inverness area.""",
  "AV RM | rm | C | h")
T("""Public report: young fella works in the chip shop in Larkhall, he sleeps in the shop, works all day every day, when I asked him if he gets paid he said 'boss gives me food'""",
  "WW EO | saw lh | L | m")
T("""INT 2/B/P: Lorry (VRM BG12 HDR, Bulgarian plates) seen at Cairnryan with 12 male passengers in cab and trailer. Driver says they are going to a recycling plant in Glasgow. Males have no luggage except carrier bags. Intelligence for awareness.""",
  " | fpe | | l")
T("""Call summary 101: Caller concerned about an elderly Polish neighbour who has a younger man staying who 'takes his pension'. Officers visited: younger man is the neighbour's son who helps with shopping and bills with the father's agreement. No concerns.""",
  " | | | l")
T("""INT: Male nom 'KALI' recruiting Romanian Roma men for street begging and Big Issue-style magazine selling in Edinburgh. Men say Kali charges them £15/day for 'pitch' and £100/wk for room. Men seen handing cash to Kali at 1900. 2/C/P""",
  "WW | ct ncw | C | m")
T("""debrief: when i came to UK i was 16, they put me in a house in Falkirk with plants. i did not see the sky for 4 months. they bring food every 3 days. one day the man with tattoo on neck came and hit me with a stick because some plants were dead""",
  "AV RM PV | rm | C | h")
T("""Email from hotel HR (Edinburgh): We suspect a staffing agency supplying room attendants is charging workers for their uniforms and for a 'training course' before they start. The workers are paid by us directly into their own accounts. We have stopped using the agency.""",
  " | ppe uf | | l")
T("""INT 2/B/P: Vietnamese female (18-20) found during visit to a nail bar in Wishaw. No English. Says she lives at the manager's house and does the cleaning there too. Not paid, 'manager keeps money for me'. Passport with manager.""",
  "WW RD | dt ncw | L D | m")
T("""Report: there's an old guy from Poland in my close in Dundee, the young ones that live with him take him to the bank every week and take his money. he's always hungry and his flat's a tip. they shout at him""",
  " | ncw pa plc | | l")
T("""INT LOG 3/C/C (not to be disclosed to subject's employer): Source states Indian care worker nom 'PRIYA' in Paisley care home works 70 hours+ per week, sponsor deducts 'visa costs'. Source unsure of details.""",
  "EO | lh | L | m")
T("""Intel: Scallop dredger crew (Ghanaian) say they have been at sea for 10 months without going home. Skipper says their contracts end 'when the debt for the flights is paid'. Crew only allowed ashore with the skipper's son. 2/B/P""",
  "DB RM | rm et | L | m")
T("""Report: the fancy hoose in Cramond has a wee maid, I think from Sri Lanka, she walks the dogs at 5am and I've seen her at 11pm still cleaning the windows. She's always got a man from the house with her if she goes to the shops.""",
  "EO RM | lh rm et | D | m")
T("""Officer note: Report of a 'slave' at a farm in Aberdeenshire. Attended; the worker is the farmer's adult son who works long hours on the family farm by choice. No concerns.""",
  " | | | l")
T("""INT 2/B/P. Suspected sham marriage. Portuguese female (20) brought to Glasgow by a man who arranged a marriage to a Pakistani national for £5,000. Female says she was told she'd get the money; she received nothing and has been kept at a flat since, not allowed out without the 'husband's' cousin.""",
  "DE WW RM | rm et | C | h")
T("""Call summary: Man from a Glasgow warehouse rang for advice: his agency has paid him one week late because of a bank holiday error. He was paid in full after. Has his own bank account. Advised no crime.""",
  " | | | l")
T("""Debrief: I was working for the man in a food factory in Bathgate through an agency. The agency gave us accommodation, 4 of us in one room, and £70 a week taken for it. We start 6am finish 6pm. It is hard but I have my wages and passport and I can leave. I am only here to make statement about my friend Aurel who was in a different house.""",
  " | oc | | l")
T("""Friend Aurel (same debrief, second part): Aurel told me the man who brought him kept his ID, took his bank card and gave him only £30 on Friday. Aurel was told he owes £1,200 for travel and if he complains he will get beaten like the Bulgarian man.""",
  "RD WW DB IT | dt ncw | L | h")
T("""Report: hi theres a boy in the nail bar on the high street kirkcaldy, he is maybe 15 and he is there every day in school hours. i asked him if he goes to school and he said no my aunty says work first""",
  "AV | | L | h")
T("""INT: Romanian female in Aberdeen using 8 different bank cards at an ATM on George Street at 0300. Cards in names of other Romanian females who work in 'massage'. Female is believed to be their controller. 2/B/P""",
  "WW | mbc ncw | S | h")
T("""Scottish Children's Reporter Administration note: grounds accepted in respect of a 13-year-old boy exploited by an older cousin to shoplift from stores in Aberdeen and hand over the goods. Boy was threatened with being thrown out of the house.""",
  "AV IT | | C | h")
T("""GP: 27F, Romanian, attended with UTI. Attended alone, works in a café, lives with partner. Mentions she sends money home each month. No concerns.""",
  " | | | l")
T("""Police Scotland, Highland division log: Visit to a fish farm workers' accommodation near Ullapool following anonymous report. 6 Polish workers, company provides housing at no charge, contracts and payslips seen, workers have own cars. Anonymous report unfounded.""",
  " | | | l")
T("""Intelligence log 2/B/P: Construction worker (Romanian, 30) told officers at a site in Edinburgh he was recruited via Facebook with promise of £120/day. He receives £50, the rest goes to the 'team leader' who says it covers the house and van. He lives with 14 others in a 3-bed house in Niddrie. He works Monday to Sunday.""",
  "DE WW EO AC | oc lh ct | L | h")
T("""Report: I think my pal's girlfriend is being used. He makes her do webcam shows and keeps all the money and says if she stops he'll post the videos. She's 20.""",
  "WW IT | ncw | S | h")
T("""NRM referral narrative (LA first responder): Young person (Sudanese, stated age 16, age disputed) was found walking on the M74 hard shoulder. He says he escaped from a lorry where he had been kept with others for several days without food. He says the driver took his phone. He has no documents and no possessions other than the clothes he is wearing.""",
  "AV RM IS | rm iso fpe pa | | h")
T("""INT 2/B/P: Erotic massage advertised in Perth under 'new Thai girl'. Test purchase visit: Thai female stated she could not leave the flat because 'the lady' has her passport and she must pay back 500,000 baht. Female appeared underweight.""",
  "RM RD DB | rm dt pa | S | h")
T("""Edinburgh: Report of suspicious activity at an Airbnb in the Old Town; found to be a film crew. No further action.""",
  " | | | l")
T("""Report: my neighbours in Bearsden have a nanny from the Philippines, she has Sundays off, goes to church with her friends, and drives the kids to school. Another neighbour keeps saying she's a slave which is ridiculous. Just putting it on record.""",
  " | | | l")
T("""Salvation Army note: Client (Indian, 29) came on a skilled worker visa to work as a chef in Dundee. The restaurant owner charged him £15,000 for the sponsorship. He works 6 days a week, 60 hours, and is paid his wages. He feels he can't leave because of the visa. No restriction, no threats reported. Advised on rights; he will consider his options.""",
  " | uf | | l")
T("""999: taxi driver reports passenger (young female, Asian, distressed) jumped out of the taxi at lights on Argyle St saying men were trying to take her to a 'house'. Males in another car followed. Female located and safe; says men had kept her in a flat in Anniesland for a week and she had been made to have sex with several men.""",
  "RM PV | rm | S | i")
T("""A man walked into Cowdenbeath police office to say he'd been 'scammed' by a fake job advert that took £150 for a 'DBS check'. No job existed. Fraud recorded.""",
  " | uf | | l")
T("""Report to council: The workers at the B&B next to me in Pitlochry (cleaners, from Romania) are living 6 in a garden shed. The owner charges them £60 a week each. They clean from 7am until the last guests check in.""",
  "AC EO | oc plc lh | L | m")
T("""Debrief (translated, Eritrean female): 'The family I worked for in Glasgow were from Saudi. They brought me on their visa. I cared for the grandmother day and night, I slept on the floor beside her bed. The lady said my salary goes to my family in Eritrea but my family got nothing. I could not speak to anyone; I had no phone.'""",
  "AC WW IS EO | saw iso lh | D | h")
T("""INT 2/B/P: Slovak males at a sawmill near Lochgilphead provided by an unlicensed gangmaster. Males report paying the gangmaster £250 each on arrival for 'finding the job'. Males are paid by the sawmill into their own accounts. No other indicators.""",
  " | uf | | l")
T("""Report: i am worried for my auntie she came from india to look after my uncles kids in glasgow but they make her sleep on the kitchen floor and she works all day and she is not allowed to phone us in india. she is 62""",
  "AC EO IS | saw lh iso | D | h")
T("""Call log: Man reports his sister in Pakistan is being forced to marry a cousin in Bradford. Caller lives in Glasgow. Forced Marriage Unit contacted. No UK exploitation yet.""",
  " | | | l")
T("""She says that the woman who brought her to Aberdeen promised she'd study. She says that instead she is made to look after the woman's children and clean the house every day. She says she gets no pocket money and is told she owes £10,000 for the visa. She is 17.""",
  "AV DE WW DB | | D | h")
T("""Public report: WHY IS NOBODY LOOKING AT THE RECYCLING YARD ON THE INDUSTRIAL ESTATE IN LIVINGSTON THE MEN THERE HAVE NO MASKS NO GLOVES SORTING RUBBISH WITH THEIR HANDS, LIVE IN A CONTAINER ON SITE, A WEE MAN IN A MERC BRINGS THEM FOOD. NOBODY SPEAKS ENGLISH. DISGRACE""",
  "AC | saw plc | L | m")
T("""INT 2/B/P: Hungarian national males recruited to work at a fish processor in Peterhead via a Facebook advert for 'warehouse work'. On arrival, recruiter told them they owe £500 for transport and accommodation setup, and took their ID cards as 'security'. Fish processor itself pays into workers' accounts but the recruiter has the cards.""",
  "DE DB RD WW | dt ncw ct | L | h")
T("""GP record: 31F, Chinese, registered at practice by a man who said he was her employer. He held her passport and answered on her behalf. She was noted to be underweight and had bruising to both upper arms. She did not return for follow-up.""",
  "RD PV | dt sfw pa | | h")
T("""Report: hiya my son got offered a job on a trawler in Peterhead and they want £400 up front for the 'ticket'. Is that legal?""",
  " | uf | | l")
T("""Child Protection (Glasgow): 10-year-old Roma girl observed selling flowers in pubs in the West End at 10pm, accompanied by an adult woman who takes the money. Woman is not her mother.""",
  "AV WW | ncw | C | h")
T("""Customer at Glasgow Fort complained about a pushy salesman at a kiosk. Salesman is Israeli, on working holiday visa, employed by the kiosk company. Nothing further.""",
  " | | | l")
T("""Debrief: 'The agent said the job was in a care home, for old people. When I arrive in Aberdeen it was a private house, one man in a wheelchair, I must do everything for him 24 hours. His son said my salary is paid to the agent for my debt. After one year I think I have no debt left but they say I still owe. I had my passport in the drawer but the son took it.'""",
  "DE EO WW DB RD | lh dt ncw | D | h")
T("""Report: theres girls coming in to the shop I work in (Leith walk), 3 of them, always with a man, he pays for everything, they dont speak, one of them asked me for help once and he grabbed her arm and pulled her out""",
  "PV | sfw et | | h")
T("""Bank: Customer (Lithuanian, 50) opened account with an employer letter from a cleaning company in Edinburgh. Later that day a different man tried to withdraw £1,800 from it using her card. Customer says she gave him the card 'because he helps us'. Account frozen pending review.""",
  " | ncw | | l")
T("""INT 2/B/P: Boys aged 14-16 from Dundee being sent to Montrose and Arbroath to deal. A runner was stabbed in the leg for 'skimming'. Line controlled by MORRISON Kyle (DOB 14/04/1998).""",
  "AV PV | | C | h")
T("""Caller asked how her late brother's organs came to be donated and whether she could meet the recipient. Explained the NHS Organ Donor Register process and Scottish opt-out system. No concerns.""",
  " | | | l")
T("""She says that in Glasgow the man kept her in a room for many weeks and men came every night. She says she was not allowed to have clothes other than what he gave her, and he took photographs of her. She says that he said if she escaped he would find her and cut her.""",
  "RM IT | rm fpe | S | h")
T("""INT LOG 2/B/P. Farm in Dumfriesshire. Romanian workers on a dairy farm work split shifts 4am–10am and 3pm–9pm, 7 days a week, for £500 a month plus a caravan. Farmer keeps their passports 'safe'. One worker told a vet he had not had a day off in a year.""",
  "EO RD | lh dt | L | m")
T("""Debrief extract: 'I was a mule. A man in Glasgow paid me £500 to open 3 accounts and then used them. When I wanted to stop he said I'm in it now and he has my address and my little sister goes to that school. So I kept giving him the cards.'""",
  "IT | ncw | C | m")
T("""INT 2/C/P: Unverified claim that a Highland estate is using Eastern European workers as 'slaves' for grouse beating. Estate manager provided payroll showing daily pay and seasonal contracts. Workers interviewed; satisfied. NFA.""",
  " | | | l")
T("""A&E (Raigmore): 18F, Scottish, presented after overdose. Discloses older partner sells her to his friends for drugs and keeps her phone so she cannot contact her mum. Safeguarding, police informed.""",
  "AV IS | iso | S | h")
T("""Log 14/11: PC McLEOD spoke to the Vietnamese owner of the nail bar on Rose St after an online complaint. Three staff present, all adults, all on payroll with their own accounts, one is the owner's daughter. Staff go home at 6pm. Complaint appears to be malicious (rival salon). NFA.""",
  " | | | l")
T("""INT 2/B/P. Nom 'VASEA' (MD national) supplying workers to a mushroom farm, Fife. Workers' wages paid to VASEA's acc, workers get £30 wk cash. 6 wks obs.""", "WW | ncw | L | m")
T("""INT LOG 1/A/P: VRM SY18 PLK stopped A9 Dalwhinnie 0440 hrs. 7 M occupants (RO) no luggage, driver states 'going to tattie farm'. Driver holds 7 x RO ID cards in glovebox. Occupants unable to state where they live.""", "RD IS | dt iso et fpe | L | m")
T("""INT 2/C/P: POI DUONG Thi Hoa, manager, nail bar Stirling. Staff x3 VN F, ages 17–19, transported daily from POI's home address. POI answers all questions put to staff.""", "AV | et sfw | L | h")
T("""INT 3/C/P: Anon caller claims that a takeaway in Nairn 'uses illegals'. No other detail. Checks: staff on payroll, RTW checks held. NFA, log for info only.""", " | | | l")
T("""INT 2/B/P: County line 'TONY' (Glasgow → Oban). Runner 16M, Glasgow, recovered from address Oban, states he owes £800 'tax' after being robbed of stock. Phone controlled by line. IP returned to parents.""", "AV DB IS | iso | C | h")
T("""INT 2/B/P. OCG linked to POI KRASNIQI using 3 properties in Coatbridge as cannabis grows. Each has 1–2 AL males 'living in' as gardeners. Males not seen outside, food delivered weekly by POI's associate, windows boarded.""", "RM IS AC | rm iso plc | C | h")
T("""INT 1/B/P: Officers at Aberdeen harbour spoke to Ghanaian crew of FV 'SEA HARVEST'. Crew state skipper pays them when at sea only, in cash, 'half now, half end of trip'. Crew have own passports and go ashore freely. Concern re: NMW only, passed to HMRC.""", " | | | l")
T("""INT 2/B/P. IP (F, 24, HU) rec'd from flat Bon Accord St. States she was 'sold' to POI ORBAN by another male for €3,000, POI told her she must earn it back. She sees up to 10 clients per day, POI takes all cash. Bruising noted to thighs.""", "DB WW PV EO | ncw pa lh | S | h")
T("""INT 3/D/P: Social media post claims 'slaves at the Inverness car wash'. Officers attended, 4 workers, own addresses, paid via payroll. Post believed to be from disgruntled ex-employee. NFA.""", " | | | l")
T("""INT 2/B/P: POI RUSU Dorin known to register multiple RO nationals at his address in Dundee for NINo applications and bank accounts. At least 14 cards believed held by POI. Workers employed by agencies in food processing.""", " | mbc ncw | L | m")
T("""INT LOG 2/C/P. Female (approx 30, CN) working at 'foot spa', Edinburgh, sleeps on massage table at night, has not been seen leaving premises in 3 wks of periodic obs.""", "RM | saw rm | | m")
T("""INT 2/B/P: POI MURRAY James (DOB 10/10/1978), Traveller site Ayrshire. INT suggests 2 vulnerable British males (alcohol dependent) housed in a horsebox on site, working on POI's tarmac crews for 'food, fags and a can'. One seen with facial injuries.""", "AV WW AC PV | plc pa | L | h")
T("""INT 2/B/P: Pakistani F (19) married to UK national in Glasgow Jan 24. INT suggests in-laws keep her passport and BRP, she's not allowed out of house without mother-in-law, does all household work. 2/B/P""", "RD RM | dt rm et | D | m")
T("""INT 1/A/P: OIC DS KERR. Search of Airbnb, Dundee city centre: 2 F (RO) present, 18 and 20. Adverts on adult site. Both say a male 'Bogdan' books the flats and collects money after every client. Both say they are free to leave, hold own ID. Both declined NRM. DtN submitted.""", "WW | ncw | S | h")
T("""INT 2/B/P: Agency minibus picks up Bulgarian staff from HMO in Perth 0500, returns 2200, 6 days/wk, to a poultry factory in Coupar Angus. Workers charged £12/day transport. HMO has 16 occupants.""", "EO AC | ce et ct lh oc | L | m")
T("""INT 3/C/P: Unconfirmed — Romanian child (approx 9) begging on Sauchiehall St with adult male, male takes coins at intervals.""", "AV WW | ncw | C | h")
T("""INT 2/B/P: VN M (stated 17) arrested shoplifting in Livingston, told officers his 'boss' sends him to steal razors and baby milk and will beat him if he returns with nothing. Age assessment requested.""", "AV IT | | C | h")
T("""INT LOG 2/B/P: Restaurant, Edinburgh Old Town. Kitchen staff BD nationals x4. Source states wages 'held back' by owner since March, owner says paid 'end of year'. Staff live above restaurant, work 12-hr shifts 7 days.""", "WW EO | lh saw | L | m")
T("""INT 2/A/P: DC reports POI ZHANG operating pop-up brothels in serviced apartments, Aberdeen; CN F workers moved weekly between Aberdeen, Dundee, Perth; F workers unable to name the city they are in.""", "IS | iso | S | h")
T("""INT 2/B/P: Building site Glasgow Harbour — subcontractor workers (UA nationals) report pay is correct and via bank, but complain about lack of toilet facilities. Referred to HSE. No MS indicators.""", " | | | l")
T("""INT 2/C/P. POI 'BIG SULE', Nigerian, Glasgow. Believed to control 3 NG F in flats Govanhill. F told by POI their families will be cursed if they leave. All earnings to POI.""", "IT WW | ncw | S | h")
T("""INT 1/B/P: Border Force Glasgow Airport: 2 x IN nationals (M, 20s) arriving for 'care worker' roles. Both paid agent in Kerala £9,000 each. Sponsor company registered at a residential flat in Paisley with no trading record.""", "DE | uf | | m")
T("""INT 2/B/P: Fish processing Peterhead — Latvian workers housed by the labour provider in a 3-bed flat, 10 occupants, £90/wk each taken from wages for the room. Workers say they cannot afford to move.""", "AC | oc | L | m")
T("""INT 3/C/P: Rumour only — that a Dunoon hotel 'keeps the passports' of Spanish staff. Manager states passports were photocopied for RTW checks and returned. Staff confirm. No concern.""", " | | | l")
T("""INT 2/B/P: Female (SK, 26, learning disability) living with POI family in Greenock, does cleaning for them and for POI's relatives. Her UC is paid to POI's account. Seen in the same clothes for weeks.""", "AV | ncw pa | D | m")
T("""INT LOG 2/B/P. POI IONESCU supplies 'beggars' to Edinburgh city centre. Males with visible disabilities placed on Princes St at 0800 by POI, collected 1900, cash taken by POI.""", "AV WW | ce et ncw | C | m")
T("""INT 2/C/C (handling: not for disclosure to HO). Eritrean M (asylum seeker, 22) working in car wash, Glasgow East End, paid in cash £20/day for 12 hrs, told boss will 'report to Home Office' if he misses a day.""", "IT AV EO | lh fa | L | h")
T("""INT 2/B/P: Council taxi licensing — driver reports regularly taking young women from an address in Shettleston to hotels at night with an older male who pays and waits in the car. Women do not speak English.""", " | et | S | h")
T("""INT 2/B/P: Farm labour, Angus. Workers (KG, UZ) on Seasonal Worker visas, operator paperwork in order. Workers complain of being given few hours on wet days. Paid for hours worked. No MS indicators.""", " | | | l")
T("""INT LOG 1/A/P. Premises search, Cumbernauld. 'Gardener' (VN, 18) found in roof space with sleeping bag and rice cooker. States he had not been outside since arriving 'in winter'. Door to grow rooms padlocked from outside.""", "RM AC | rm saw plc | C | m")
T("""Report: i dont know if its slavery but the lads on the boats at buckie are never off them, even christmas. one has a huge cut on his face""", "EO | lh pa | L | m")
T("""hey theres a man sleeping in the nail bar in Motherwell every night, i see him through the window at 1am on the floor""", " | saw | | l")
T("""Report: lassie at the hotel in Ullapool told me her manager keeps her passport and won't give it back till the end of the season""", "RD | dt | L | m")
T("""online report: BOYS FAE THE FLATS IN SIGHTHILL ARE BEIN USED BY THEM DEALERS AS RUNNERS. WAN WEE GUY GOT A DOIN FAE THEM. DAE SOMETHING""", "AV PV | | C | h")
T("""Report: my sister says her employer at the care home in Elgin keeps saying she owes £3k for the visa and it goes up every month with 'interest'""", "DB | | L | m")
T("""Report: wanted to say the car wash on the Kilmarnock road is great, lads are friendly, one told me they get paid proper and live in their own flats. Saw the leaflet about slavery so thought I'd say""", " | | | l")
T("""report - the girls at the massage place on Dumbarton Rd get taken in and out in a car with blacked out windows, never see them walk anywhere""", " | et | S | h")
T("""Report: neighbour keeps parking his van on the pavement in Arbroath and blocking my mum's wheelchair""", " | | | l")
T("""Report: my mate from Slovakia came to work at a factory in Bellshill, the guy that brought him took his money every week at the cash machine and said it was for the house, he got £20 back""", "WW | ncw | L | m")
T("""Report: hi I think the man in the flat below uses a young woman as a maid, I hear him screaming at her, she's never allowed out, he's locked her out on the balcony in the rain""", "RM AC | rm | D | m")
T("""INT 2/B/P: Polish M (50s) reported 'missing' by his employer at a fish factory in Fraserburgh. Traced in Aberdeen; he had left for a better-paid job and had not told the employer. Has own flat, passport and bank card. No concerns.""", " | | | l")
T("""INT LOG 3/C/P: Concern re: Romanian Big Issue vendor, Edinburgh Waverley. Vendor spoken to: badged, buys own magazines, keeps takings, lives with wife in rented flat. No third party involvement.""", " | | | l")
T("""Report: the woman at the chip shop is from Syria and works there with her husband who owns it, she's always there but it's their business. My pal thought she was being made to work, she isn't""", " | | | l")
T("""INT 2/B/P: Scaffolding firm, Dundee. Workers (RO) share a company-rented house with 5 bedrooms for 5 men, rent £60/wk deducted with written agreement, payslips correct, workers hold own documents. Checked after a complaint. NFA.""", " | | | l")
T("""Call summary: Man from Inverness reported that his employer at a garage paid him £200 less than agreed this month. Employer says it was a tax code error and has corrected it. Caller has his own account and can leave. Civil matter.""", " | | | l")

def main():
    import random
    random.Random(53).shuffle(E)  # mix sources, voices and lengths
    out = []
    for n, (text, labels) in enumerate(E, 1):
        a, b, c, d = [p.split() for p in labels.split("|")]
        out.append({"id": "f53-%03d" % n, "text": text.strip(),
                    "indicators": [IND[x] for x in a], "signs": [SIG[x] for x in b],
                    "exploitation": [TYP[x] for x in c], "risk": RISK[d[0]]})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh53.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "texts written")

main()
