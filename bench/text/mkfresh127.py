#!/usr/bin/env python3
"""Hand-written training texts for the Sightline indicator detector (set fresh127).

Every text below was written by hand; labels are given per text with short codes
that are expanded to the official codes. Risk is derived from the labels by the
issue's rules unless an entry overrides it ('i' immediate, 'h' high, 'm', 'l').
Run: python3 bench/text/mkfresh127.py  -> writes bench/text/fresh127.jsonl
"""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oca="overcrowded_accommodation", saw="sleeps_at_workplace",
           fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport",
           ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

E = []

def a(text, ind="", sig="", typ="", risk="", child=False):
    E.append((text, ind, sig, typ, risk, child))

# ---- part 1 ----
a("""2/B/P. INT suggests nom POPESCU Ionut (DOB 11/03/1988) runs hand car wash on Boucher Rd, Belfast. Approx 6 x ROU males work there, accommodated above unit. POPESCU holds their ID cards 'for the bank'. Workers collected 0630 by silver Transit, returned after 2100.""",
  "RD EO", "dt saw cedl lh", "L")
a("""Called 101 to say the takeaway on the Ormeau Road has its bins overflowing into the entry again. Rats seen. Caller wants council to deal with it.""")
a("""i think there is something wrong at the nail place in newry the girls never speak and a man brings them in a van every morning and lifts them at night they look so tired and one had a bruise on her arm. they dont get to go out for lunch even""",
  "PV RM", "et cedl pa rmv", "L")
a("""Migrant Help caseworker note: client (F, 24, Nigerian) states she was recruited in Lagos by a 'madam' who promised her work as a hair stylist in Dublin. On arrival she was taken across the border to a flat in south Belfast and told she owed €35,000 for the journey, which she would repay by seeing men. She was raped by the man who drove her from the airport. She has been sleeping at a friend's since she ran away on Friday.""",
  "DE DB PV", "", "S")
a("""Theft from motor vehicle, Lisburn Road. Sat nav and a bag of tools taken overnight. No CCTV. Crime ref issued. No further lines of enquiry.""")
a("""GLAA inspection, mushroom farm near Dungannon, 14/10. Pickers (LTU, LVA, BGR) interviewed individually with interpreter. All had written contracts, payslips matched hours, holiday pay recorded. Caravans on site clean and heated, 2 per caravan. Workers confirmed they hold their own passports and can leave at any time. No concerns identified. Minor breach: first aid box out of date.""")
a("""He told me the job was in a hotel kitchen in Belfast, good money, £400 a week. When I came it was not a hotel. It was a car wash in Portadown and we slept in the back room on mattresses, five men. He said the £400 was not true, first I must pay for the flight and the room. Every week he gave me £30.""",
  "DE WW DB AC", "saw oca", "L")
a("""Ferry check Belfast Harbour (Op Gull): minibus off Cairnryan sailing, driver + 7 Romanian females 19-23. Driver answered all questions on their behalf and was holding all 8 passports in a carrier bag. Females unable to give the address they were travelling to. Referred to PPS/duty DS, all females spoken to separately.""",
  "RD IS", "sfw dt", "")
a("""Neighbour dispute Rathcoole. Caller states the family next door play loud music after midnight every weekend. Advised to contact council noise team. No offences disclosed.""")
a("""School safeguarding referral (EA, north Belfast post-primary): Year 10 pupil, 14, has been seen getting into cars with older males after school. He has a new phone and expensive trainers and has twice been found in Larne with no explanation. He told the teacher he 'has to do runs or his debt goes up'. He owes a man for a phone that was 'lost'.""",
  "AV DB", "", "C", "", True)
a("""caller reports man hitting a woman in a car outside Tesco Newtownards, reg partially noted. Officers attended, couple located, verbal argument only, no injuries, both given words of advice.""")
a("""Kilkeel: crew member (PHL, 31) presented at A&E with a crushed hand. States he works on a prawn trawler, 20-hour shifts when at sea, sleeps on the boat when in port. He has not been paid since June; skipper says wages are 'sent to the agency in Manila' to clear his placement fee. His seaman's book is kept in the wheelhouse.""",
  "EO WW DB RD AC", "lh saw dt uf", "L")
a("""Shoplifting, Castlecourt Belfast. Male 35 detained by security with £60 of razor blades. Known to police for drug-related acquisitive crime. Charged. Lives alone, no one else involved.""")
a("""Intel 3/C/P: unknown ALB males said to be tending a cannabis grow in a terraced house, Portadown. Windows blacked out, electricity bypassed. One male reportedly never leaves; food dropped off twice a week; the door is padlocked from outside.""",
  "RM IS AC", "rmv iso", "C", "i")
a("""Bank alert (financial crime team): 14 debit cards in different Eastern European names used at the same ATM on Shankill Road within 40 minutes on Friday night, each account receiving wages from the same recruitment agency and emptied same day. Possible control of workers' wages.""",
  "WW", "mbc ncw", "L")
a("""A&E Craigavon: female, approx 30, Chinese, attended with a man who described himself as her 'boss'. He answered all questions, she did not speak. She has bruising to her wrists and thighs. When he left the cubicle she wrote on paper 'help me, cannot go out, he take money'. Security alerted; police called.""",
  "PV RM WW", "sfw pa rmv ncw", "", "i")
a("""Student from Malaysia reports her passport lost on the Metro bus between Queen's and city centre. Lost property report made, advised to contact her embassy. No other concerns.""")
a("""I worked in the big house in Malone for the family for two years. I cooked, cleaned, minded three children, ironing until midnight. Madam kept my passport in her drawer 'so it not get lost'. I had one afternoon off in a month but I had to go with her driver. They paid my salary to my husband in the Philippines they said, but he never got most of it.""",
  "RD EO RM WW", "dt lh rmv et ncw", "D")
a("""Burglary dwelling, Bangor West. Jewellery and cash taken via rear door. Scenes of crime attended. Neighbour saw two youths on bikes.""")
a("""Referral from Salvation Army (DoJ support contract): potential victim, Sudanese male, 19. Travelled via Libya and Italy. In Belfast he was given work on a building site in Newtownabbey by a man from the same town. Was told he owed £4,000 for 'getting him papers', worked six days a week for £50. Man has threatened to report him to Home Office if he stops. He is frightened of police and of being sent back.""",
  "AV DB WW IT", "foa", "L")
a("""Welfare check on elderly man in Omagh. Found well, family visiting daily. No concerns.""")
a("""POI MORINA Besnik, ALB nat, believed to be recruiting young ALB males through TikTok with offers of €1,500/month 'gardening' work in NI. 2/C/C (not to be shared with ROI partners without DI approval). Young men then find themselves minding cannabis grows and are told they owe £20k for the crossing.""",
  "DE DB", "", "C")
a("""i seen 3 wee lads about 15 sellin bags outside the chippy in coleraine every nite, an older boy in a black merc drops them and takes the money of them, one of them had a burst lip last week""",
  "AV PV WW", "pa", "C", "", True)
a("""Car wash, Enniskillen: council licensing visit. Business busy, 4 staff, all employed through payroll, paid minimum wage, rotas show 40-hour weeks, staff live in their own rented accommodation in the town. Waste-water discharge not consented: enforcement letter issued.""")
a("""She says that she came from Romania with her boyfriend who said they would both work in a factory. When they arrived in Belfast he told her the factory job was finished and she must work in a flat instead. He put photos of her on a website. She had to give him all money from clients. When she refused he hit her and said her little sister would be next.""",
  "DE WW PV IT", "ncw", "S")
a("""Call 999: male says his cousin is locked in a flat above a shop in Lurgan by the man he works for, has no food, cannot leave, phone about to die. Address given. Units dispatched immediately.""",
  "RM", "rmv", "L", "i")
a("""Domestic incident, Derry/Londonderry. Female reports ex-partner keeps turning up at her house and sending abusive messages. Harassment warning issued. DASH completed: medium.""")
a("""Packhouse in Co. Armagh: workers supplied by agency. Agency charges £15 a week for a hi-vis vest and gloves, £10 a day for the minibus to site, and rent of £90 each for a 3-bed house where 11 people sleep. After deductions several workers receive under £80 a week for 60-hour weeks.""",
  "WW AC EO", "ppe ct oca lh", "L")
a("""Information from Garda liaison: Irish national arrested in Dundalk for ATM skimming. Has property in Newry. No trafficking element suspected.""")
a("""Debrief (via Vietnamese interpreter): 'I was 16 when I left. The snakeheads said I would work in a nail salon in England. I was kept in a house in Belfast with plants, I watered them and slept on the floor beside them. The man who came said if I ran away the police would put me in prison and my family in Nghe An would pay for it. I never saw the street for four months.'""",
  "AV DE RM IT AC", "saw rmv foa", "C", "", True)
a("""Theft of diesel from a farm yard near Ballymoney. Approx 500 litres. Tank lock cut.""")
a("""Care home, Co. Down: CQC-equivalent RQIA inspection notes staff on sponsorship visas from India. Staff explained they were charged £8,000 by a recruiter in Kerala before travel and that the home deducts £300 a month to 'repay the visa cost'; if they leave within 3 years they must pay £6,000. Two staff worked 72-hour weeks. Passports held by home manager 'for right to work checks'.""",
  "DB EO RD", "uf lh dt", "L")
a("""Man seen sleeping in a doorway on Royal Avenue. Street outreach informed. He declined help. No concerns of exploitation.""")
a("""Public report: "my neighbour has a young girl living with them she is about 13 she does all the cleaning and minds there baby she doesnt go to school I never see her out on her own and once I seen the wife slap her in the garden" — Newtownabbey.""",
  "AV PV RM", "rmv", "D", "i", True)
a("""OIC update: Op relating to brothel in Botanic area. Two females from Brazil located at premises, both state they work independently, rent the flat themselves, keep their own earnings and passports, no third party. No offences disclosed; safeguarding advice and Migrant Help details given.""")
a("""Probation note: service user (M, 22) disclosed that while in Maghaberry he was told by another prisoner that he owes £3,000 for 'protection' and on release will have to hold cash and drive for them to clear it. Says they know where his girlfriend lives.""",
  "DB IT", "", "C")
a("""Bus lane camera complaint, Belfast. Caller disputes fine. Advised to appeal to DfI.""")
a("""Intel 2/B/P: farm labourers at a beef farm near Cookstown, 2 x TL nationals (Timor-Leste) and 1 x PL. Sleep in a converted cattle shed with no heating or running water. Work 7 days. Farmer's son drives them to the Spar once a fortnight and waits outside.""",
  "AC EO RM", "plc saw lh et rmv", "L")
a("""Witness statement (extract): 'I am the landlord of 14a. I let it to a Mr LI. I visited to fix the boiler and there were bunk beds in every room including the kitchen, maybe 14 people. They all said they worked at a takeaway chain, worked from 11 in the morning to 1 at night. Mr LI was there and told me they were his cousins. The young ones looked at him before they answered anything I asked.'""",
  "EO AC", "oca lh sfw", "L")
a("""Lost dog, Holywood. Microchipped. Returned to owner.""")
a("""He takes our bank cards, all of them, and he gives us money when he wants. - Slovak male, Ballymena, to outreach worker.""",
  "WW", "ncw mbc", "L")
a("""Forced marriage unit referral: 17-year-old girl from Tyrone, family planning to take her to Pakistan over the summer to marry a cousin. She has told her teacher she does not want to marry and her father has taken her passport. School has made a referral to Gateway. No exploitation for labour/sex disclosed at this stage.""",
  "AV RD", "dt", "", "h", True)
a("""Intelligence: male AKA 'Tall Dan' using a vulnerable 58-year-old man's flat in Ballymurphy as a base for dealing (cuckooing). The occupant has learning difficulties; he is allowed to stay in his bedroom and given cans. Several young people coming and going.""",
  "AV", "", "C")
a("""Drink driving, Strangford Road. Male provided positive breath specimen. Arrested and charged.""")
a("""caseworker - client (ERI, M, 27) says he paid $3,500 upfront to an agent in Khartoum for a 'job and visa in UK'. No job existed. He crossed from France in a lorry to Dover and came to Belfast by ferry himself. Now lives in Home Office accommodation. No one has controlled him or made him work since arriving. Assessed: smuggling/fraud, not trafficking.""",
  "", "uf", "", "l")
a("""INT 2/B/P: female AKA 'Mia' advertised on adult website, Belfast city centre apartment, ad text in broken English, same phone number used for 4 different women over 6 weeks. Women moved every 7-10 days between Belfast, Derry and Newry. Number linked to male BEQIRI.""",
  "", "", "S")
a("""We do not have days off. Seven days in the fields, sometimes in the rain twelve hours. The supervisor he is okay but the owner shout a lot.""",
  "EO", "lh", "L")
a("""Harbour police, Larne: HGV driver found two young men in the trailer on arrival from Cairnryan. Both Kurdish, say they paid a smuggler in Belgium and are heading to Dublin. No indication of exploitation; handed to Immigration Enforcement.""")
a("""Report via Modern Slavery Helpline: caller works in a sandwich factory in Newry. Says the agency is taking his first two weeks' wages as a 'registration fee' and that the rooms they provided have mould everywhere and 3 men to a room. He still has his passport and is going to look for another agency.""",
  "WW AC", "uf plc oca", "L")
# ---- part 2 ----
a("""Criminal damage: windows of a parked van smashed, Glengormley. Owner believes it was local youths.""")
a("""Intel 2/A/P: source states that the Vietnamese nail bar in Banbridge is run by a couple who bring girls of 16-17 from London. The girls live in the loft above the shop, work 10-9 six days, and are not paid as they 'owe for the travel'. Source saw the husband take the girls' phones at closing.""",
  "AV DB WW EO IS", "saw lh", "L", "", True)
a("""GP note: pt (M, 44, Polish) attended with back pain from lifting at the recycling plant. Works through an agency, contract, paid weekly into own account. Lives with wife in Antrim. Sick note given. No safeguarding concerns.""")
a("""they keep him in the shed at the back of the farm he has no toilet he eats what they give him the dog gets more, hes been there years doing the cattle they call him a simple fella and never pay him, somebody needs to look at this place outside Kilrea""",
  "AV AC WW", "plc saw", "L")
a("""Border Force note, Belfast International: female (IND, 26) arriving from Dubai on visit visa. Says she has been offered work as a nanny by a family in Belfast. Carries an offer letter with no address and a phone number that rings out. Family 'will meet her'. Concern: possible domestic servitude/exploitation. Safeguarding leaflet given; details passed to PSNI Modern Slavery and Human Trafficking Unit.""",
  "", "", "")
a("""Cash-in-transit robbery attempt Newry. No injuries. Two males made off towards the border in a black Audi.""")
a("""Victim account (translated): 'In Sudan the man said I could study in Ireland. In Belfast he locked me in a house in north Belfast with other people. He brought a doctor who took blood from all of us. He said one of my kidneys would pay my debt and I would then be free. I escaped when they were moving us to a car to go to the airport.'""",
  "DE RM DB", "rmv", "O", "h")
a("""Renal unit, Belfast City Hospital: living donor kidney transplant planned between brothers. Both assessed independently by the Human Tissue Authority's representative. No payment or coercion identified. Consent documented.""")
a("""Log 2211 - 999 call from a female in a flat in Carrickfergus: a man has taken her phone and said she cannot leave until she 'earns back' what she owes him. She borrowed from the land line of the flat. She is crying and says he will be back in an hour. Grade 1 response.""",
  "RM IS DB", "rmv", "S", "i")
a("""Polish man, 38, tells Citizens Advice his employer in Newtownards is a week late with wages because of a cash-flow problem. He was paid the following Monday in full. He lives independently. Advised on written pay statements.""")
a("""Safeguarding referral from Belfast Trust Gateway: 15-year-old girl in residential care repeatedly missing, found in a flat in the Holylands with adult men, given alcohol and vodka jelly. Says she has 'a boyfriend' of 24 who buys her things and sometimes brings his friends who she has to be nice to. CSE risk assessment: significant.""",
  "AV", "", "S", "", True)
a("""Anti-social behaviour, Colin area. Youths throwing stones at buses. Patrols increased.""")
a("""INT 2/C/P: at a hand car wash near the Sprucefield roundabout the manager shouts at the men all day and slaps them if they are slow. They are all in flip-flops with no gloves using acid cleaner. One man was seen with burns on his hands.""",
  "PV AC", "pa", "L")
a("""Au pair (ESP, 20) contacted us because her host family in Holywood expects her to work 50 hours a week instead of 25. She is paid the agreed pocket money, has her own room and goes out at weekends. Agency contacted. Family agreed to new schedule.""")
a("""Three Romanian women and two children seen begging at different junctions on the Westlink each morning. A man in a red Passat drops them off at 7 and collects them at 7pm. At the end of the day he takes the cup from each of them. They stay in one house in the Village area with about 15 others.""",
  "AV WW", "cedl et oca ncw", "C", "", True)
a("""I am contacting to report that my son (19, autistic) met a man online who offered him a job delivering parcels. Now he is being sent to Dublin and back with bags he is not allowed to look in, the man gives him £10 and says he owes him for the phone. He is scared and will not say more.""",
  "AV DE DB WW", "", "C")
a("""Road traffic collision, A1 near Loughbrickland. Two vehicles, minor injuries. Road reopened 1500.""")
a("""Caseworker note (Belfast & Lisburn Women's Aid, DoJ contract): client from Brazil, 29, was brought to Belfast by a woman she met on Instagram promising 'massage work'. She was moved between Airbnb flats, had to see up to 10 men a day, and was never given her share. When she tried to leave, the woman's partner choked her.""",
  "DE WW PV EO", "lh", "S")
a("""Intel: fishing vessel (registered Portavogie) using Ghanaian crew on transit visas. Crew are not allowed off the boat when it is in harbour and the skipper keeps their passports. They are paid $500 a month to a bank in Accra but one says he has seen nothing for five months.""",
  "RM RD WW", "rmv dt saw", "L", "h")
a("""Ferry passenger, Larne: lone 15-year-old Albanian boy found in a car with an adult male who is not related to him. The male says he is the boy's 'uncle' and has the boy's passport. Boy says he was told he would get work in a restaurant in Belfast. Both detained; Gateway and social services notified tonight.""",
  "AV DE RD", "dt", "", "i", True)
a("""Noise complaint from flat in Belfast city centre. Party broken up. No further action.""")
a("""Bank (fraud team) to PSNI: account in the name of a 72-year-old woman with dementia has been receiving her pension and Attendance Allowance and immediately transferring it to her nephew. She lives in poor conditions with no heating; nephew says he 'manages her money'.""",
  "", "ncw plc", "")
a("""Modern Slavery Helpline: 'A friend of mine works at a Chinese restaurant in Derry. She said the owner is holding her passport and she works 12 hours a day. She can go to the shop on her day off though. She gets her wages in cash every week.'""",
  "RD EO", "dt lh", "L")
a("""Report by member of public: 'The car wash on the Antrim Road, they all look fine, they have proper overalls and boots, I asked one lad and he said he gets paid every Friday and lives with his girlfriend. Just wanted to say not everywhere is bad.'""")
a("""I do the cleaning at the house of the doctor in Lisburn. I came with them from Karachi. I sleep in the laundry room. I cook from 6 in the morning. They say the money for me goes to my mother but my mother say nothing comes. I am not to answer the door. When the wife is angry she pull my hair.""",
  "EO WW RM PV", "saw ncw rmv", "D")
a("""Welfare call from Kilkeel harbour master: a foreign crew member was seen crying on the quay. Attended: he is a Filipino deckhand, contract and pay fine, he had just heard his father had died. Put in touch with the Mission to Seafarers. No concerns.""")
a("""Operation (redacted): warrant executed on a house in Craigavon. 1,200 cannabis plants across 4 rooms. One Vietnamese male aged about 17 found inside; windows boarded, doors bolted from outside, mattress in the attic, no phone, no money. He said he had been brought there by car three months ago and did not know which town he was in.""",
  "AV RM IS AC", "rmv saw iso", "C", "h", True)
a("""Possible benefit fraud: DfC investigator reports that 9 Universal Credit claims from Slovak nationals share one address in east Belfast and one bank account. Claimants, when visited, say a man called 'Marek' set up the claims and the cards are with him. They get £40 each a fortnight.""",
  "WW", "mbc ncw oca", "C")
a("""Harassment by text messages between two former business partners. Words of advice given.""")
a("""Officer handover note: IP (F, Romanian) spoken to at Musgrave, says she was brought to NI by 'Dani' who promised restaurant work. Instead he put her in a flat and arranged clients. He keeps her ID card. She is terrified he will send the photos to her family. NRM referral made; she has been taken to a safe house via the DoJ contract.""",
  "DE RD IT", "dt", "S")
a("""Construction site, Titanic Quarter, HSENI inspection after a fall from scaffolding. Worker (Lithuanian) employed directly, CSCS card, paid the going rate. Enforcement for lack of edge protection. Not an exploitation case.""")
a("""Tip from a taxi driver: 'I drive the same four girls from a house in Andersonstown to different flats every couple of days, there's always a fella with them and he pays, they never speak, one looked about 16.'""",
  "AV", "et", "S", "", True)
a("""Subject: concern about our cleaner. We use an agency cleaner, a Romanian lady who is lovely. She mentioned the agency keeps half of what we pay them and she has to buy her own products. That seems like normal agency practice. She has her own flat and car.""")
a("""ICU, RVH: male (Pakistani, 33) admitted with infected surgical wound in left flank. States he had a kidney removed in a private clinic abroad for which he was paid £3,000 by a broker who had approached him about his debts. No UK involvement apparent, but police informed under duty to notify.""",
  "AV", "", "O")
a("""Stolen bicycle from outside Ulster University Belfast campus. Lock cut.""")
a("""INTEL 2/B/C (condition: not to be disclosed to employer): agency workers at a poultry plant in Co. Tyrone are met at the gate by a man called 'Gabi' who collects €/£60 from each per week 'for the bus'. Workers are afraid to complain because Gabi tells them he has friends in the Romanian police who will visit their families.""",
  "IT", "ct", "L")
a("""My sister is 22 and has Down's syndrome. A family we know from church offered to 'look after' her and give her a job in their shop. Now she works in the shop every day from opening to closing and they have her disability benefit paid to them. She says she is happy but she is never allowed to visit us without them.""",
  "AV EO RM", "lh ncw rmv", "L")
a("""Report of suspicious activity at Belfast harbour: man photographing ships. Spoken to - hobby photographer. No further action.""")
a("""Victim debrief (via Albanian interpreter): He says he met a man in Tirana who said the Irish building sites need men and pay £100 a day. He came by lorry. The man said he owed £15,000 and took him to a house in Newry where he was told to look after plants. When he said he wanted to leave, two men beat him with a bar and showed him a video on a phone of a man being burnt. He was there eight months.""",
  "DE DB PV IT", "", "C")
a("""Housing Executive: tenant reports 8 people living in a 2-bed flat next door in Dungannon, all Timorese men working at the meat plant. Spoke to them: they share voluntarily to save money, rent paid to landlord directly, they have their passports and their own bank accounts. Landlord reminded of HMO rules.""",
  "", "oca")
a("""Hi I work at the hotel in Belfast as housekeeping through agency. We do 14 rooms in a shift but they only pay for 6 hours even when we work 10. The agency man keeps our first pay as deposit. When I complained he said I'll find myself on the next plane home.""",
  "WW IT EO", "lh", "L")
a("""DOB 02/09/2008. MISPER (15 y/o F) from Lisburn, third time this month. Last seen getting into a white BMW with two older males. Phone switched off. Known CSE concerns. VRM partially obtained. High risk missing.""",
  "AV", "", "S", "i", True)
a("""Assault occasioning ABH outside a bar in Portrush. Dispute over a taxi. Suspect arrested.""")
a("""Press summary: a County Down couple were sentenced at Downpatrick Crown Court for holding a Lithuanian man in forced labour on their farm for over seven years. The court heard he slept in a caravan without electricity, was given food scraps, was never paid and was told that if he went to the police he would be arrested and deported.""",
  "AC WW IT", "plc", "L")
# ---- part 3 ----
a("""Female (Slovak, 20) married a Pakistani national in Belfast registry office. Sister reports she was paid £1,000 to marry him for his visa and now he won't let her go back to Košice; he has her ID card and she is kept in the flat in Cliftonville and made to cook and clean for him and his two brothers.""",
  "RD RM", "dt rmv", "D")
a("""Intel 3/C/P: rumour that a Newry car wash 'keeps lads locked in at night'. Checked by NPT 12/11: workers live in private lets in the town, have keys, confirmed they come and go freely. Rumour not substantiated.""")
a("""Midwife (Southern Trust) booking appointment: woman, 19, Roma, 30 weeks pregnant, first antenatal contact. Came with mother-in-law who spoke for her throughout and would not leave the room. Woman appeared very thin. Mother-in-law said the girl 'doesn't need doctors, she has work to do'. Woman has no GP registration and did not know her own address.""",
  "IS", "sfw pa", "")
a("""Criminal damage to a Polish shop in Ballymena - graffiti. Treated as a hate incident. Investigation ongoing.""")
a("""Money mule: Ulster Bank fraud team reports a student account (M, 18, Belfast Met) received £9,400 from five scam victims and forwarded it within hours. Student says a man on Snapchat offered him £200 to 'use his account' and now says if he stops he will post his address online.""",
  "IT", "", "C")
a("""Report on the online form: 'the big house on the hill outside Hillsborough has a foreign woman, she walks the kids to school with the dad, never on her own, I tried to say hello and he answered for her, she looks scared and is in the same clothes every day'""",
  "RM", "et sfw rmv fpe", "D")
a("""GLAA: licence-holder supplying workers to a salad packhouse in Co. Down found to be operating with an out-of-date licence and without proper records of hours. Workers interviewed: all paid through PAYE, no deductions other than tax and NI, free to leave. Licence revoked for administrative breaches; no exploitation indicators.""")
a("""I came to Belfast to study English. A woman from my country said I can work in her cafe for cash. Now I owe her £3,200 because she says rent, food, the phone she gave me. Every week it is more. I work seven days in the cafe and she says I will go to prison because my visa says I can only work 20 hours.""",
  "AV DB EO IT", "lh foa", "L")
a("""Theft from a charity shop in Enniskillen. Till drawer taken. Suspect identified on CCTV.""")
a("""DEBRIEF: IP (ROU, F, 31) 'They told me cleaning job at hotel in Dublin, 1,200 euro. I came by bus to Belfast. The man took my ID, he said he keep it for register. Then they brought me to house with other girls. They said now you work for us. If you go, we find your son in Iasi.'""",
  "DE RD IT", "dt", "S")
a("""Theft of catalytic converters, three vehicles, Lisburn. Suspects in a grey Transit.""")
a("""Call summary: caller's neighbour in Omagh has a lodger, an Indian man in his 50s, who works on the neighbour's building jobs. Caller thinks he is 'made to work for nothing' but when asked says she has seen him go to the bookies and the pub on his own and he drives his own car. Officer spoke to lodger: paid weekly, happy, no concerns.""")
a("""Salvation Army: client (M, 45, Polish, alcohol dependent) was recruited outside a Belfast hostel by a man offering 'building work and a room'. He was taken to a house in Ballyclare with 6 other Polish men, all with drink problems. They lay paving for 12-14 hours a day, are given beer and food but no wages. The gang leader has all their bank cards and claims their benefits too.""",
  "AV DE WW EO AC", "oca lh mbc ncw", "L")
a("""Vietnamese boy, 15, found walking on the M1 hard shoulder near Dungannon at 0300, no shoes, cuts on his feet. Through an interpreter he says he ran from a 'house with plants' where he was beaten. Taken to Craigavon Area Hospital; Gateway on scene; emergency accommodation. Risk that traffickers will look for him.""",
  "AV PV", "pa", "C", "i", True)
a("""Complaint: the fish factory in Portavogie makes the agency workers pay for their own wellies and hairnets out of their wages (£25 first week). Otherwise pay is normal and no other issues described.""",
  "", "ppe")
a("""INT 2/B/P: organised crime group (NI/ROI) is believed to be recruiting homeless men in Dublin and Belfast to sign up to phone contracts and bank accounts in their names. Men are put up in a B&B in Newry and given £20 a day; the group keeps the ID documents and the cards.""",
  "AV RD WW", "dt mbc ncw", "C")
a("""Theft from a person at Lanyon Place station. Phone snatched.""")
a("""I was told the job in the mushroom farm was 10 pounds per hour. When we started they pay per kilo and if we don't pick enough we owe money for the caravan. Eight of us in one caravan. The gaffer checks our phones. We do not know the name of the town.""",
  "DE DB AC IS", "oca iso", "L")
a("""Referral from school nurse: 12-year-old boy in Ballymena caring for his disabled mother - young carer. Referred to Action for Children young carers service. No exploitation.""")
a("""Victim statement (extract, Belfast Crown Court): 'My uncle arranged for me to come to his house in Belfast when I was 14 to go to school. I did not go to school. I cleaned the house, cooked, and looked after his three children. If I was slow he beat me with a belt. I was not allowed to use the phone to call my mother.'""",
  "AV DE PV IS", "iso", "D", "", True)
a("""PSNI Modern Slavery & Human Trafficking Unit: duty to notify (anonymous) — adult male, Indian, found working in a restaurant kitchen in Bangor, paid £2 an hour, sleeping in the storeroom, employer has his passport. He did not consent to NRM.""",
  "WW RD", "saw dt", "L")
a("""Hoax call, 999, child playing with phone in Larne. Parents spoken to.""")
a("""Long term case note:

Client (F, 34, Eritrea) disclosed that after arriving in Libya she was held for 9 months in a warehouse by smugglers until her family paid a ransom. She was raped repeatedly. This happened before she reached the UK.

In Belfast she lives in NIHE-allocated housing, attends college and has no current controller. Her anxiety about police is high because of past experience. Counselling ongoing.""",
  "PV RM", "foa", "")
a("""A woman in her 60s says her grandson (17) and his friend are being made to 'run' for a dealer in the Short Strand. She says they come home at 4am with cash and fear, and one has been told that if he quits his family home will be burned.""",
  "AV IT", "", "C", "h", True)
a("""Licensing: massage parlour on Donegall Pass, unlicensed. Three female staff, adverts online offering 'extras'. Staff all say they rent rooms off the owner and keep their takings minus rent; no sign of control. File passed to council.""")
a("""Fishing vessel (Kilkeel) inspection by MCA with PSNI: 6 non-EEA crew employed via an agency. All hold contracts under ILO C188, have passports and seaman's books with them, paid monthly to own accounts. Accommodation on board acceptable. No issues.""")
a("""INT: male WANG (no DOB) operates pop-up brothels using Airbnb in Belfast, Lisburn and Newry. Girls (Chinese, 20s) are moved every few days in a car he drives, not told where they are going, have no money of their own, all cash goes to WANG. One girl told a punter she is paying off 'a big debt for the visa'.""",
  "IS WW DB", "et ncw", "S")
a("""Anonymous: the man who runs the garage on the Springfield Road has a boy about 10 working there after school until dark, fixing tyres. Not sure if its his son.""",
  "AV", "", "L", "", True)
a("""my boss he is good man, he give me room in his house, pay every friday, I have my passport, I go home at christmas. I just want help with my tax form""")
a("""Report from Migrant Help NI: client (Nigerian, F, 40) came on a carer visa to a home care agency in Derry. Agency charged £10,000 for sponsorship. She does 15 visits a day across the city unpaid between calls, 6am to 11pm. Agency has told her if she complains her sponsorship will be withdrawn and she will be deported.""",
  "DB EO IT AV", "uf lh", "L")
a("""Theft of sheep near Armagh. 30 ewes taken from field.""")
a("""999: lad phoning from a caravan on a site near Coleraine says the men who run the tarmac crew have beaten him tonight and won't let him go home to Dublin, they have his phone, he's using another worker's. Says he's been working for them for food since summer.""",
  "PV RM IS WW", "rmv", "L", "i")
a("""Intel 2/B/P: VRM AB12 CDE seen at a house in Belfast 06:00 daily; 8-10 males of Eastern European appearance get into the back of the van with no seats; returned at 22:00. Males look unkempt and underweight.""",
  "", "cedl et pa", "L")
a("""Sexual assault reported by a female student in a nightclub, Belfast. Suspect arrested. No trafficking element.""",
  "PV", "", "", "h")
a("""The lady next door said her employer was really strict and worked her hard, but she was well paid, had a room with an ensuite, and went home to Manila every Christmas. I think it was just a hard job, nothing more.""")
a("""OIC: victim (F, Albanian, 23) states boyfriend (ALB) brought her to Belfast, said they would marry. He forced her to have sex with his friends and later men who paid him. He beat her when she said no. He took her passport 'to get her a job' and she never saw it again. She says she cannot go home because her family would kill her for shame, which he knows.""",
  "DE PV RD AV", "dt", "S")
a("""Cruelty to a dog, Limavady. USPCA involved.""")
a("""Financial intel (SAR): 42 Cash ISA and current accounts opened at branches in Belfast by Romanian nationals, same mobile number and same 'employer' address on all. Cash deposits then withdrawn by one man with all the cards.""",
  "", "mbc ncw", "")
a("""Child (11) disclosed to teacher that her mum's boyfriend makes her sell cigarettes and vapes to other children and will hit her if she doesn't bring back the money. Emergency strategy meeting convened. Boyfriend currently at the house.""",
  "AV IT", "", "C", "i", True)
a("""Adult safeguarding (Northern Trust): 40-year-old man with learning disability is being taken by a neighbour to work on his farm. The neighbour pays him in cigarettes. Neighbour collects him at 6am and drops him at 9pm. Mother says he is too afraid of the neighbour to refuse.""",
  "AV WW EO", "cedl lh", "L")
a("""Public report: the kebab shop on Main Street is open till 4am and theres a young lad always in there, lives upstairs i think, he's always working. Probably just a family business tbh""",
  "", "saw")
a("""Border Force, Belfast port: a Latvian woman says she was offered a 'kidney donation' to a rich man in Istanbul for €10,000 to pay a debt to a loan shark in Riga. She was due to fly from Dublin. Travel booked by a 'coordinator' who holds her passport.""",
  "AV RD", "dt", "O")
a("""Road rage incident in Newry. Both drivers reported to PPS.""")
a("""Voice of the worker (translated from Tigrinya): 'We live in the back of the restaurant. We eat what is left. There is no shower. Boss says work is free because he pays for my friend's family in Eritrea. My friend says we can leave but where would we go, we have nothing.'""",
  "WW AC", "saw plc", "L")
a("""Public report: 'Saw a man push a young woman into a car at the lights in Newry and drive off towards the border. She looked terrified. Reg Dublin plates. 3 mins ago.'""",
  "PV", "", "", "i")
a("""Intel 2/C/P: Eastern European men said to be working at a waste recycling site in Mallusk 12-hour shifts, 6 days, sorting rubbish by hand with no masks or gloves; paid by a gangmaster in cash; gangmaster 'does all the talking' when visitors arrive.""",
  "EO AC", "lh sfw", "L")
a("""Landlord reports tenant left owing rent, flat in Derry. Civil matter.""")
a("""I gave my passport to the agent when he booked the ticket. He said he will give it back in Belfast. He didn't. He says I must work three months without money to pay for the ticket and the visa, and then I get my passport back.""",
  "RD DB WW", "dt", "L")
# ---- part 4 ----
a("""OFFICIAL-SENSITIVE. Intelligence report, Newry & Mourne NPT.

Source (2/B/P) works as a cleaner at a hotel near the Carrickdale border crossing. Source reports that for the last three months a group of six women, believed to be Romanian and Moldovan, have been brought to the hotel each morning at 05:30 by minibus, driven by a heavy-set male called 'Costel' who also collects them at 23:00. The women clean rooms and the laundry. Source has heard them say they get '50 euro a week' and that Costel 'takes the rest for the house and the bus'.

Source states that one of the women told her she had paid Costel €600 in Chisinau for the job and that he has all their identity cards 'so no one runs away'. The women are not allowed to use their phones during the day; Costel collects the phones at the minibus.

Source has also noticed a separate group of agency porters at the hotel who are Irish and British; source has no concerns about them.

Assessment: possible labour exploitation, cross-border. Liaise with Garda Siochana (Dundalk).""",
  "WW RD IS EO", "cedl et ct uf dt ncw", "L")
a("""Pharmacist, Newtownards: a man came in with another man who paid and translated; the first man had a badly infected cut on his hand wrapped in cardboard and tape. He said 'work, work' and pointed at the van outside, which had 'Landscaping' on it. They left before I could ask more.""",
  "", "pa sfw", "")
a("""Debrief (F, 19, Nigeria) via Edo interpreter. She says a woman from her church in Benin City arranged her travel and took her to a shrine where she swore an oath to repay 'the madam'. If she breaks the oath she believes she will go mad or die. In Belfast she was made to sell sex from a flat on the Ormeau Road. She says she gives everything to madam and gets food. Madam says the debt is now €40,000 and keeps growing because of rent.""",
  "AV IT DB WW", "", "S")
a("""Tyre slashing, Cregagh. Two cars. Suspected neighbour feud.""")
a("""My mother's carer is from Zimbabwe, she works for an agency in Belfast. She told me she doesn't get paid for the travel time between houses and works from 7am to 10pm some days. She says she can't afford to complain because the agency sponsors her visa. I don't know if this is exploitation but it doesn't seem right.""",
  "EO AV", "lh", "L")
a("""Retail theft, Sprucefield. Organised group of 4 females and a male took £2,000 of cosmetics from Boots. Group travelled from Dublin by car. Male driver was directing the women and took the bags off them in the car park. One female says she has to steal because 'he pays the rent' and she owes him.""",
  "DB", "", "C")
a("""A&E note: male, 23, Romanian, fell from a roof in Lisburn. No hard hat or harness. Employer's representative collected him from A&E against medical advice, holding his bank card and a wad of cash. Patient kept looking at the employer before answering. Discharge not safe.""",
  "AC", "sfw ncw", "L")
a("""It was a normal car wash, we had breaks and got paid in the bank, I left because I got a better job at Moy Park. - worker feedback, GLAA outreach day""")
a("""Call 101 - woman from Armagh says her Portuguese lodger has been turning up at 6am for a van to a meat plant and getting back at 8pm for weeks. She asked him if all was ok; he said yes, he's on overtime for Christmas and wants the money. Caller reassured. No further action.""")
a("""Intel 2/B/P: female (Hungarian) working in a brothel in Lisburn is said to have a tattoo of her pimp's name on her neck. She is not allowed to leave the flat without 'Zoli' and is given cocaine to keep her working. She has been seen with two black eyes.""",
  "RM PV AV", "et pa", "S")
a("""Charity outreach, Belfast city centre: a Roma woman begging at the City Hall gates says she is from Bacau, lives with her husband and children in Belfast, begs in the mornings and collects money for herself. Family receive child benefit. No third-party control apparent.""")
a("""Police were called to a large detached house in Newtownabbey where a 24-year-old Filipino woman had run out into the road in her socks. She told officers she had worked there for three years for a family who took her passport on arrival, paid her nothing directly ('they said they send it home'), and locked the front door and took the key when they went out. She slept on the floor of the children's room and was not allowed a phone. She showed officers bruises on her upper arms which she said came from the wife gripping her.""",
  "RD WW RM IS PV", "ncw saw", "D")
a("""Drug driving detected at a checkpoint near Strabane. Driver arrested.""")
a("""Quick note from OIC: the 17 y/o Eritrean lad from the Larne lorry is now in foster care. He says he was told he would be given work in a car wash in England to repay $6,000 for the journey. No work done yet in UK. Guardian informed.""",
  "AV DB", "", "", "", True)
a("""Concern raised by an estate agent: the flat we manage in Derry has had 12 different names on the utility bills in 6 months, all young Chinese women. The tenant of record is a man who pays cash a year upfront. Neighbours report men visiting at all hours.""",
  "", "", "S")
a("""A friend of mine works at a factory in Craigavon and says the agency charges him £50 a week for transport in a van that holds 9 but they put 14 in it, and £100 a week for a bed in a room with 5 others. He says the agency boss 'collects' his card every payday and gives him back cash.""",
  "AC WW", "ct oca ncw", "L")
a("""Vandalism at a bus shelter, Ballyhackamore. Glass smashed.""")
a("""Victim: 'The man who brought me said Belfast has many jobs in restaurants. He gave me a room in his house. After one week he said, you have to pay back, and he brought men to the room. I said no, he hit me and locked the door. He said if I tell police they will send me back to Vietnam and the gang will kill my parents.'""",
  "DE PV RM IT", "foa", "S")
a("""Anon online report - the farm outside Castlederg has foreign lads working the silage 18 hrs a day, dont think they get a day off, they sleep in a portacabin in the yard. Farmer is a hard man. I've seen him shove one of them""",
  "EO PV", "saw", "L")
a("""Housing officer visit: elderly Indian couple living with their adult son and daughter-in-law in Belfast. Daughter-in-law does most household chores and works part-time in a shop; has her own bank account and phone, visits friends. Neighbour's concern about 'servitude' not substantiated.""")
a("""INT 2/A/C (not for disclosure to NIHE): county lines from Liverpool to Belfast and Derry uses local 14-16 y/os recruited from children's homes. Children are given 'tick' of cannabis and then told they owe £500 which they must work off selling crack in Derry. One child was stabbed in the leg as 'punishment'.""",
  "AV DB PV", "", "C", "", True)
a("""Woman called 101 to report her purse stolen at Connswater. No suspects.""")
a("""She says that she answered an advert on Facebook for 'models, good pay, travel to Ireland'. The man paid for her flight from Bucharest. In Belfast he took her to a flat, took photographs of her in underwear and said now she must 'work' to pay back the flight and the photos. There were three other girls. The door had a code lock she did not know. They were allowed out only to the shop with him.""",
  "DE DB RM", "et", "S")
a("""Cattle rustling, Fermanagh. Border liaison with Garda.""")
a("""Financial crime: a 19-year-old Belfast woman with a learning disability reports that her 'friend' took her to open 3 bank accounts and a credit card and now keeps the cards. Over £18,000 has gone through the accounts. The friend tells her she will be arrested if she tells anyone.""",
  "AV IT", "mbc", "C")
a("""RQIA: care home in Co. Antrim. International recruits (Nigeria, India) confirm they pay no fees, hold their own passports, receive payslips, work 37.5 hours. One complained that overtime was cut. Good practice noted.""")
a("""Voice note transcribed (Polish): 'I'm at a farm, I don't know where, somewhere near the sea, they took my phone on the first day and I got this one from another man. We sleep in a container. They say I owe them for the trip from Gdańsk and for the food, it's 2,000 now. Please tell my brother.'""",
  "IS DB AC", "saw", "L")
a("""Report of a man living in a tent in Ormeau Park. Outreach offered. Declined.""")
a("""Intel 3/C/P: it is rumoured that a car wash on the Newry Road pays its workers by the car and that the boss takes their passports. Checked: licensing visit found staff on payroll, own documents, no concerns. Rumour unfounded.""")
a("""Child protection referral: 16-year-old girl (Roma) in Belfast is being 'sold' in marriage to an older man from a family in Dublin for €5,000. Her father has arranged it. She is frightened and has said she will be taken across the border this weekend.""",
  "AV", "", "", "i", True)
a("""Fishing industry: crew member (Egyptian) on a Portavogie-registered trawler contacted the Fishermen's Mission. Says he works up to 20 hours a day for weeks at sea, is verbally abused and was punched by the mate. Wages are 'held back' until the end of his contract. He has been told he'll be blacklisted if he complains.""",
  "EO PV WW IT", "", "L")
a("""Theft of heating oil, Ballynahinch.""")
a("""A Sudanese man at Migrant Help's drop-in says his employer at a Belfast takeaway has refused to pay his final week after he gave notice. He is otherwise paid regularly, has his passport and his own flat. Advised to contact the Labour Relations Agency. Not an exploitation case.""")
a("""I dont want to get anyone in trouble but my friend works at a nail bar in Lisburn and she told me the owner keeps her money 'for safe keeping' and gives her £20 a week. She lives in the owner's spare room. She can't speak much English.""",
  "WW AV", "ncw", "L")
a("""PSNI handover: follow-up to intel on a cannabis factory at a remote farmhouse near Keady. Search completed, farm unoccupied, small-scale personal grow found in outhouse. Owner (local) arrested. No evidence of trafficked gardeners.""")
a("""Organ trafficking intel (via NCA): a Belfast-based Facebook group offers 'help with medical costs' to recent arrivals and then proposes kidney sale in a clinic in Turkey. Two Sudanese men in NI have been approached; one travelled, returned with a scar and says he was never paid the promised $8,000.""",
  "DE AV", "", "O")
a("""Domestic abuse: wife reports husband controls all the money, takes her bank card and gives her a small allowance; he shouts and has pushed her. No work or exploitation outside the home described. DASH high.""",
  "PV", "ncw", "")
a("""Passport found in a taxi in Belfast. Owner (Brazilian student) traced and it was returned.""")
a("""Outreach notes, Belfast Islamic Centre: a young Pakistani man arrived on a student visa, but the 'college' didn't exist. The agent charged him £6,500. He now works at his agent's cousin's restaurant 'until the visa is sorted', sleeps upstairs with 4 others, gets £30 a week, and has been told the police will deport him if he goes to them.""",
  "DE WW IT AC", "uf saw oca foa", "L")
a("""Car fire, West Belfast. Vehicle reported stolen earlier.""")
a("""I was a carer for a man in Lurgan. His son brought me from Ghana. I lived in their box room. I work day and night, I have no day off for two years. They keep my passport. They say I must not speak to the neighbours.""",
  "EO RD IS", "", "D")
a("""Licence inspection (GLAA), vegetable farm near Comber: seasonal workers from Uzbekistan on the Seasonal Worker visa. Recruitment agency in Tashkent had charged them $2,000-$3,500 each. Farm itself pays properly and housing is decent. Workers free to leave. Fees reported to Home Office; no control by the farm.""",
  "", "uf")
a("""Adult at risk: man with alcohol addiction found living in a garage at a scrapyard in Newry. Says the owner gives him a bottle of vodka and a bed for stripping cars 7 days a week, no money. He's been there about a year.""",
  "AV WW EO AC", "saw plc", "L")
a("""Hit and run, Omagh. Pedestrian minor injuries.""")
a("""POI GASHI Arben (DOB 19/04/1991) suspected controller of ALB and UK teenage girls advertised on adult sites across NI. Girls told they owe him money for clothes, hotel rooms and 'protection'. GASHI threatens to send images to their families. 2/B/P.""",
  "AV DB IT", "", "S", "", True)
# ---- part 5 ----
a("""Officer's report, Larne Harbour, 03:10.

Routine Op Gull check on the P&O sailing from Cairnryan. Stopped a white Vauxhall Vivaro, driver MOLDOVAN Petru (ROU passport), with four passengers in the back: three males and one female, all Romanian, aged 18-26. Passengers said they were going to a job 'in potatoes' near Limavady but could not give the name of the farm or the employer. None of them had any luggage apart from a carrier bag each.

Spoken to separately with Language Line. Two males said they had paid Petru €250 each in Romania for 'the transport and the job'. The female said Petru had her ID card 'for the contract'; when asked, Petru produced all four ID cards from the glove box. None had a phone.

Petru was polite, had insurance and documents in order. No offences disclosed by the passengers at this stage. Petru allowed to continue; passengers given leaflets and the helpline number in Romanian; details to MSHTU for follow-up at the farm.""",
  "RD IS", "uf fpe dt", "L")
a("""The man said, you don't need to worry, I keep the passports in the safe in the office, it's for your protection. We never saw them again. When my friend Andrei asked for his to go home to his mother's funeral, the man said first pay €3,000 what you owe.""",
  "RD DB", "dt", "L")
a("""Witness (bar manager, Newry): a man in the bar was bragging that he had 'a Romanian girl at home who does everything for him' and that 'she won't leave, she's nowhere to go'. I don't know anything else. He's a regular called Sean.""",
  "AV", "", "D")
a("""No concerns at the Chinese takeaway in Ballymena. The two staff are the owner's son and daughter-in-law. They live in their own house. Call closed.""")
a("""INT 2/B/P: VIETNAMESE nail bar in Strabane. Staff (3 F, appear 18-20) arrive by car with owner at 09:00, leave with owner at 20:00, do not speak to customers, owner answers the phone and deals with money. One girl showed a customer a message on her phone: 'they take my passport, I am not free'.""",
  "RD RM", "et sfw", "L")
a("""Harassment: ex-employee posting abusive comments about a Belfast restaurant online. Words of advice.""")
a("""Debrief (M, 32, India), English: 'I was promised a job as a chef in a restaurant in Belfast with a Skilled Worker visa and £30,000 salary. I paid the agent £14,000 which I borrowed from a moneylender in Punjab. When I arrived the restaurant owner said the salary is on paper only. He pays the salary into my account and then I must withdraw it and give most of it back to him in cash. He says if I complain he will cancel the visa and I will be deported and my family will lose the land.'""",
  "DE WW IT DB", "uf ncw", "L")
a("""Report from a council environmental health officer: shared house in Portadown, 3-bed, 16 mattresses. Residents all work at the same poultry plant via the same agency which is also the landlord. Rent £80 each deducted at source. Fire exit blocked. Residents were reluctant to speak and one man said 'the boss said we must not talk to officials'.""",
  "AC", "oca foa", "L")
a("""Missing person: 16 y/o Sudanese boy from a children's home in Belfast. Believed to have gone to Dublin where he was offered work. Known to have contact with a man in a car wash in Drogheda. Garda informed.""",
  "AV", "", "", "h", True)
a("""Public report, spelling kept: 'OMG theres a girl in the flat above the barbers on Botanic she screams at nite and the men come and go all nite, today she was at the windae waving and crying and then someone pulled her back. please send someone'""",
  "RM", "", "S", "i")
a("""Employment tribunal summary (no exploitation): Lithuanian worker claims unfair dismissal from a Co. Tyrone meat plant. Dispute over overtime rates. Worker represented by union. No indicators of forced labour.""")
a("""GP letter: patient (F, 28, Chinese) brought by a woman calling herself her 'aunt', who paid in cash. Patient has chlamydia and multiple bruises; says she works in 'massage'. Aunt refused to leave and said patient 'owes a lot of money for the ticket'. Patient agreed to call back but has not.""",
  "DB PV", "sfw pa", "S")
a("""I'm from Romania, I came with my wife to work in a car wash in Belfast, everything ok, we have contract, we have our flat. Just the boss pays one week late sometimes. - Comment at a GLAA awareness stall""")
a("""Intel 2/C/P: Portavogie trawler crew (2 x Sri Lankan) have been seen sleeping in the fish room when the boat is in port. They are reported not to have been ashore in three months and the skipper says they 'don't have the right papers to go ashore'.""",
  "RM AC", "saw", "L")
a("""Shoplifting ring intel: groups of Romanian children aged 10-14 are brought to Belfast on the Dublin bus by two adult women, steal from city centre shops all day and hand the goods to the women. Children are slapped if they come back with less. Same children seen in Derry and Dundalk.""",
  "AV PV", "", "C", "", True)
a("""Cold-calling complaint: a tarmac crew offering to do driveways at inflated prices in Lisburn. Trading standards informed. No evidence about the workers' conditions.""")
a("""Safeguarding referral from college: a 17-year-old student from Afghanistan says his 'sponsor family' in Belfast keep his asylum documents, make him work in their shop every evening and all weekend, and tell him he must not talk to social workers or he will be sent back.""",
  "AV RD EO IT", "foa", "L", "", True)
a("""Gas leak in flats, Rathcoole. Residents evacuated. Fire service attended.""")
a("""Transcript (999): 'Police please, there's a man on the quay at Kilkeel, he's jumped off a boat, he's saying they hit him and they won't give him his passport, he says "no money six months", he's wet through, he's shaking.' Units dispatched. Ambulance requested.""",
  "PV RD WW", "pa", "L", "i")
a("""Caseworker: the client had been working in a hotel in Fermanagh; she was paid, had her own room, and said she was not forced. However she was deceived about the role: she was told she would be receptionist and was put in housekeeping. She decided to stay as she is happy with the pay.""",
  "DE", "", "")
a("""Litter dumping on a country road near Crossgar.""")
a("""INT: ALB national BALLA believed to be facilitating sham marriages in Belfast between Portuguese women and Albanian/Pakistani men. Women are paid £2,000-£3,000; some are later kept in the husbands' homes and made to cook and clean and are not allowed out. 3/C/P.""",
  "RM", "", "D C")
a("""A friend told me she's being made to sleep with the landlord instead of paying rent, she's from Brazil, he says if she doesn't he'll put her out on the street and call immigration.""",
  "PV IT AV", "", "S")
a("""Police welfare visit to a house in Dungannon after a report of 'lots of foreigners'. 7 East Timorese men share the house; they rent from a local landlord, pay rent themselves, work in the meat plant on contracts, have passports and own phones and cars. No concerns.""",
  "", "oca")
a("""Debrief: 'I was homeless in Dublin. A man in the hostel said he had work in the North laying tarmac, with a room and food. They drove me to a yard near Newry. We worked from light to dark. They paid us nothing; they said the food and the caravan cost more than the work. When one man tried to walk away they set the dog on him. After that I didn't try.'""",
  "AV DE WW EO DB IT PV", "", "L")
a("""Hate crime: racist abuse shouted at a Filipino nurse in a car park, RVH. Investigation.""")
a("""Home Office Immigration Enforcement visit: restaurant in Belfast employing two workers without right to work. Civil penalty. Workers stated they were paid the minimum wage, not held, and arrived on their own. No MS indicators.""")
a("""Midwife note: 16 year old girl pregnant, partner 31, she lives with him and his family in Derry, not in school, his mother says she does the housework. Girl says she's happy. Referred to Gateway for child protection assessment re: age gap and possible exploitation.""",
  "AV", "", "", "h", True)
a("""INT 2/B/P: a minibus registered to an agency in Monaghan brings Roma men across the border to Co. Armagh mushroom farms. Men are charged €20 a day each for the lift; they have to sign blank timesheets and the agency keeps their bank cards.""",
  "WW", "ct ncw", "L")
a("""Male reported a wallet theft in a gym. Found in his car.""")
a("""Account of an ex-worker: 'We were twelve in the house and one toilet. The boss came every Friday with envelopes. Mine always had less than the payslip. He said it's for the house, the van, the gloves and boots. The payslip said £420, the envelope was £150.'""",
  "WW AC", "oca ppe ct", "L")
a("""Neighbour concern over a family with 6 children in a 3-bed in north Belfast. Housing Executive informed. Family simply large and overcrowded; no exploitation indicators.""")
a("""NGO note: Mr H (Bangladeshi, 38) says a man from his village found him work in a curry house in Bangor. He has worked 14-hour days, six days a week, for 2 years. He lives above the restaurant. He is paid £800 a month in cash. He is free to go out on his day off and has his passport. Says the hours are hard but he stays for the money.""",
  "EO", "saw", "L")
a("""Assault on a shop worker, Newcastle. Suspect known.""")
a("""Kidney patient on dialysis at Altnagelvin told nurse that a man had approached him at the mosque offering a kidney from 'a young man in Pakistan who needs money' for £20,000, transplant in Lahore. Patient declined. Intelligence passed on.""",
  "", "", "O")
a("""Intel: cuckooing at a flat in Ballymena belonging to a 62-year-old woman who uses heroin. Dealers from Belfast have taken over the flat, give her drugs, and she is not allowed to leave her bedroom when 'business' is on.""",
  "AV RM", "", "C")
a("""Civil dispute between two farmers about a boundary hedge, Co. Londonderry.""")
a("""She says that she cleaned the house and looked after the grandmother for the family in Belfast since she was 13. They told her parents in Nigeria that she would go to school. She never went. She slept in the kitchen. She says that when the father was angry he hit her with a wooden spoon and once burned her arm with an iron. She is now 19.""",
  "AV DE PV", "saw", "D", "h")
a("""Border Force, Belfast International: a Brazilian man arriving for 'work' could not name the employer. He was carrying a phone with messages in Portuguese: 'when you land the driver takes your passport and takes you to the house; don't talk to police'. Refused entry.""",
  "", "", "")
a("""Parking dispute Holywood.""")
a("""Caseworker (Migrant Help): client (ALB, F, 22) was brought to Belfast by her husband who married her in Albania at 17. Here he forced her to have sex with his friends for money. She has a baby. Husband threatened to take the baby to Albania if she spoke to anyone. She is now in a safe house.""",
  "AV PV IT", "", "S")
# ---- part 6 ----
a("""Handover note, B Section, Lisburn, nights.

1. Burglary at a pharmacy on Bow Street: alarm activated 02:14, entry via rear roof, controlled drugs cabinet intact. SOCO requested for the morning.
2. Domestic at an address in Hilden: male arrested for common assault on partner, in custody at Musgrave, interview in the morning. Partner has her own job and money; no wider concerns.
3. Concern for safety at the Chinese massage shop on Market Square: a female (approx 25) came out at 01:30 and asked a taxi driver for 'police'. When officers arrived she had gone back inside. A male who said he was the manager told officers she was 'confused' and 'his cousin'. Through the door officers saw mattresses on the floor of the back room. The manager refused entry. The taxi driver says she told him 'they have my passport, I can't go'.

Actions: item 3 to MSHTU first thing; consider a warrant. Item 1 to CID.""",
  "RD RM", "sfw saw", "S", "i")
a("""Statement of a shop owner in Newry: 'Every day a young fella, foreign, maybe 17, comes in for energy drinks and sandwiches for about ten men. He pays with a card that isn't his, the name's always different. He told me once he works on the building site across the road and he hasn't been paid since he came, that the ganger keeps the wages for "the house". He has a limp now. I asked if he was okay and he looked over his shoulder and left.'""",
  "AV WW", "mbc pa", "L", "", True)
a("""Report via website (capitals as written): THE FARM AT THE END OF OUR ROAD IN CO TYRONE HAS BEEN BRINGING IN FOREIGN WORKERS FOR YEARS. THEY ARE ALWAYS WORKING, EVEN SUNDAYS, AND I HAVE SEEN THEM IN THE FIELDS AT 11 AT NIGHT WITH LAMPS. THEY LIVE IN OLD CARAVANS WITH NO WATER, THEY WASH IN THE RIVER. WHEN I WENT TO GIVE THEM CLOTHES THE FARMER CAME OUT AND TOLD ME TO GET OFF HIS LAND AND THE MEN RAN INTO THE CARAVANS. SOMEONE SHOULD BE DOING SOMETHING.""",
  "EO AC", "plc", "L")
a("""Intel log 2/B/P, Derry City & Strabane:

Source reports a 'cash for work' scheme at a warehouse in the Campsie industrial estate. Workers are recruited in Bulgaria via Facebook posts promising £12/hour and free accommodation. On arrival the rate is £6/hour 'because of training', and the 'free' accommodation (a house on the Waterside with 14 residents) costs £70 a week, deducted. Workers are paid into accounts opened by the recruiter, who has the cards and PINs; they receive cash of around £100 a week.

Source further states that a worker who complained about the deductions was taken to the warehouse car park by two men and punched in the stomach, and others were told 'this is what happens'. The same recruiter (female, known as 'Vesi') also supplies cleaners to two hotels in the city; source has no information about the hotel workers' conditions.

Recommend: joint visit with GLAA; financial enquiries on the accounts.""",
  "DE WW AC PV IT", "oca ncw mbc", "L")
a("""Neighbour disputes over a dog barking, Portstewart. Council notified.""")
a("""I am writing as the manager of a hand car wash in Bangor to ask for an inspection so we can show we do things properly. All our staff have contracts, payslips, PPE provided at no cost, they live where they like. Happy for you to come any time.""")
a("""Debrief (via interpreter, Amharic): She says that she was a domestic worker for a family in Saudi Arabia who came to Belfast for a summer holiday and brought her with them. In the rented house in Malone she worked from 5am to 1am every day. The mother kept her passport with the family's. She was allowed out only with the family. She says she had not been paid for 14 months and the mother told her that if she ran away the police in the UK would put her in prison because she had no visa of her own. She left the house while the family was at a shopping centre and went to a church.""",
  "EO RD RM WW IT", "et foa", "D")
a("""A 22-year-old Slovak woman told the Citizens Advice Bureau in Belfast that her boss at the restaurant kept half her tips. She is paid her wages on time and has no other problems. Referred to employment rights advice.""")
a("""MSHTU - operation summary (for partners).

Warrants executed simultaneously at three addresses in Newry, Warrenpoint and Armagh linked to a group suspected of exploiting Romanian men in construction and demolition. Eleven potential victims located. Common accounts: recruited in villages near Craiova with offers of £80 a day; told on arrival that they owed £1,200 each for transport and the first month's rent; living 6-8 to a room on bunk beds; taken to sites at 06:00 and brought back after 20:00 in a van; wages paid into bank accounts opened with their ID cards, which the group then kept along with the bank cards. Several described being slapped or kicked for working too slowly, and being told that 'their family's house in Romania is known'.

Four suspects arrested (two Romanian, two from NI). Victims offered NRM and support under the DoJ contract; nine consented. Searches recovered 37 bank cards and 14 identity cards.""",
  "DE DB AC EO WW RD PV IT", "oca cedl et mbc ncw", "L")
a("""Anti-social behaviour: scramblers in a park, Newtownabbey.""")
a("""GLAA licensing visit, shellfish processor, Kilkeel. The labour provider's paperwork was incomplete (missing right-to-work copies for 3 of 20 workers). Interviews showed workers paid correctly into their own accounts, contracts in their language, free transport, no charges for PPE. Provider given 28 days to remedy. No exploitation.""")
a("""Teenager (15, British) in Coleraine found with 40 wraps of cocaine in his underwear on a train to Derry. He says an older man gave them to him and told him he'd be 'sorted' if he delivered, but if he lost them his mum's house would get a visit. He has been missing from home three nights this week.""",
  "AV IT", "", "C", "", True)
a("""Salvation Army case summary:

Ms T (Vietnamese, 23). Came to the UK in a lorry in 2022. Worked in nail bars in England before being moved to Belfast in 2024 by the same people. Says she paid nothing at the start but was told the family owed $25,000 for the journey. In Belfast she worked 10-10 in a nail bar and lived in a flat with the owner's family where she cleaned and minded the children after work. The owner's husband kept her passport and her wages, giving her £50 a month. She was not allowed to go out alone; she does not know Belfast and cannot read the street names.

She left after a customer gave her a note with the helpline number. NRM positive reasonable grounds decision received.""",
  "DB RD WW RM EO IS", "", "L D")
a("""Lost property: wallet handed in at Newry station.""")
a("""Reply from the OIC to a query: the information about a Polish man 'held' at a farm near Ballymoney has been investigated. He was visited twice; he has worked there 15 years, lives in his own cottage on the farm, is paid via payroll, has a car and his family visits. He described the farmer as 'like a brother'. No offences; intel record updated.""")
a("""Referral from a youth worker (Lurgan): 14-year-old girl says a man she met on Snapchat, who said he was 17, met her and turned out to be in his 30s. He gave her vodka and weed, and later made her have sex with him and his friend in a car. He has pictures of her and says he will share them if she doesn't come out when he calls.""",
  "AV PV IT", "", "S", "i", True)
a("""Complaint: agency driver not paid mileage for two months. Agency says it will pay in next payroll. Not exploitation.""")
a("""Interview (Ukrainian woman, 35, Homes for Ukraine). The host family in Co. Down are lovely, they gave her a room and help with the children. She works at the local hotel, paid properly. She asked for advice because a man at the bus stop offered her 'better money' in Dublin in a 'private club' and she thinks it might be a trap. She declined.""")
a("""Intel 3/C/P: unconfirmed report that an Indian family in Belfast 'bought' a teenage girl from Bihar to work in their home. Girl is said to be 15, not in school, does all the housework, sleeps on the landing.""",
  "AV", "saw", "D", "", True)
a("""Road closure due to a burst water main, Ballyhackamore.""")
a("""My husband works on a boat from Ardglass. His wages are fine and he comes home every weekend. I'm only calling because he said some of the Ghanaian crew on the other boat haven't had their passports back from the agency since they arrived and are always on board, even on Sundays.""",
  "RD RM", "saw", "L")
a("""A&E triage note, Antrim Area: Male, 26, Vietnamese, brought in by ambulance after electric shock in a house in Antrim. Burn to right hand. Patient says he was 'fixing lights'. Paramedics noted a strong smell of cannabis at the address and foil on the windows. Patient has no phone, no money and cannot give his address. A man who arrived later tried to take him away. Police informed.""",
  "IS AC", "pa", "C", "i")
a("""Press summary: Belfast Crown Court heard that a Newry businessman paid Romanian workers in full and on time; the charges of forced labour against him were withdrawn after the workers gave evidence that they were free to leave and had their documents. He admitted a separate tax offence.""")
a("""The person who drives us, Florin, he takes £10 every day for diesel. Also £30 a week for gloves and the knife. I am working at the chicken factory. My card is with me. The money is less but it is my money.""",
  "", "ct ppe")
a("""POI (M, ROU, 40s) seen at Belfast Central Station meeting young women off the Dublin Enterprise train, taking their bags and passports and putting them into a car. Women appear not to know him. 2/C/P.""",
  "RD", "et", "")
a("""Theft of a quad bike near Kilkeel.""")
a("""NGO intake form (translated from Romanian). Q: Who paid for your travel? A: The man, Bogdan. He said I pay back from work. Q: How much do you owe? A: At first 500, now 1,900, because he adds the room, the food, the phone. Q: Can you leave? A: He said if I leave without paying, his brother will go to my mother. Q: What work? A: Washing cars, from 8 to 8.""",
  "DB IT", "", "L")
a("""Nurse from a Belfast care home called to ask about her rights: her employer keeps her passport in the office safe 'for immigration compliance', but gives it back whenever she asks and she went home to Kerala in May. She is paid properly. Advised that she is entitled to keep it herself.""")
a("""INT: disabled man (wheelchair user) is placed daily outside Tesco on the Newtownards Road by two men in a car who collect him and his cup at 6pm. He sits in the rain all day. Believed to be Romanian. 2/B/P.""",
  "AV AC WW", "cedl et", "C")
a("""Community safety report: kids drinking in Cave Hill Country Park.""")
a("""Debrief summary (PV, male, 44, Lithuanian, Newry). He had an alcohol problem when he was recruited from a soup kitchen in Vilnius by a man who promised work in a meat factory. In NI he was kept in a house with 9 men, driven each morning to building sites, and given alcohol instead of pay. The men who ran it kept his passport, and when he asked for it they broke his nose. He says he was there about 18 months. He now has a place in a Salvation Army hostel.""",
  "AV DE AC RD WW PV", "oca et", "L")
a("""Victim's first words in interview: 'I am not a slave, I know slave from film. But I work, I sleep in the kitchen, I don't get money, I can't go out. My boss keep everything.'""",
  "WW RM", "saw ncw", "L")
a("""Suspicious package at City Hall, controlled explosion, nothing found.""")
a("""Fertility clinic concern raised by a clinic in Belfast: an agency offering 'egg donation' trips to Northern Cyprus has been recruiting young women from Eastern Europe in NI for payment; one woman was told she would lose her job if she refused a second cycle. Not organ removal; referred to the regulator.""",
  "IT", "", "")
a("""A man rang the helpline from Portadown: 'They say they will burn my house in Timisoara if I speak to you. Please don't use my name. I work in the factory. They take the salary.'""",
  "IT WW", "ncw", "L")
a("""Theft of a mobile phone from a Belfast bar.""")
a("""Concern: Chinese student (19) at a Belfast language school told staff that the 'agency' which arranged her place also got her a 'weekend job' in a restaurant; she works Friday to Sunday, 12 hours a day, and the agency keeps the money to pay her fees. She has her passport and goes to class normally.""",
  "WW EO", "", "L")
a("""Report from a dentist in Derry: patient (F, 40) had two front teeth knocked out and says her husband did it. She cares for his elderly parents and their children and is not allowed any money of her own, but works nowhere else. Safeguarding and domestic abuse referral made.""",
  "PV", "ncw", "")
a("""Intelligence (Garda to PSNI): Irish-registered organ broker believed to be arranging for Moldovan men in Dundalk and Newry to travel to a clinic abroad for kidney removal; donors told they will get €7,000 but paid €1,000 and threatened if they complain.""",
  "DE WW IT", "", "O")
# ---- part 7 ----
a("""Safeguarding referral, Education Authority (Newry primary school).

Pupil A (9, Roma, Romanian) has had poor attendance since September. When she does attend she is often hungry and has told the class teacher she 'goes to work with auntie' in the mornings. Two staff have seen her sitting with a woman begging outside the Buttercrane shopping centre during school hours. The woman is not her mother; the mother's whereabouts are unclear.

Pupil A's older brother (14) attends the same school's post-primary partner; his attendance is good and there are no concerns about him.

On Tuesday Pupil A arrived with a bruise on her cheek and said 'auntie is angry when I bring not enough'. She also said she sleeps in a room with 'many people' and that a man collects the money every night.

The school has made a referral to the Southern Trust Gateway team and requests PSNI involvement today because the child is due to be collected by the 'auntie' at 3pm.""",
  "AV PV WW", "pa oca ncw", "C", "i", True)
a("""Public online report: 'not sure this is anything but the young guys at the car wash on the Shore Road have no proper shoes just crocs in winter and their hands are red raw, a man in a Range Rover comes at closing and they all line up and give him the cash'""",
  "AC WW", "pa ncw", "L")
a("""Caller reports a male urinating in a shop doorway, Botanic Avenue. Moved on.""")
a("""Intelligence 2/B/P (Belfast):

1) Subject CHEN Wei (DOB 1985) believed to manage a chain of four nail bars in Belfast, Lisburn and Bangor. Records obtained show the businesses are VAT registered and staff on payroll.

2) Source states that at two of these bars, staff from Vietnam (approx ages 17-22) do not receive the wages on the payslips. CHEN's associate 'Lan' collects their bank cards on a Friday. Staff sleep in a flat above the Lisburn bar, 6 to a room, and are taken between bars in CHEN's people carrier. They are not allowed to talk to customers about anything except nails.

3) Source has seen one girl crying on the phone saying, in Vietnamese, 'if I don't pay they'll cut my father's hand'. Source believes the girls were told they owe CHEN for their passage from France.

4) The other two bars employ Chinese and British staff who appear to be treated normally.

Assessment: probable labour exploitation (nail bars), some potential child victims.""",
  "AV WW AC DB IT", "mbc ncw oca et saw", "L", "", True)
a("""Telephone call to the Modern Slavery Helpline from a delivery driver in Craigavon: he took a parcel to a farmhouse and a man came to the van and said quietly in English 'help, no money, no passport, they watch'. Another man came out and took him back inside. Driver gave the eircode-style postcode. Passed to PSNI as urgent.""",
  "WW RD RM", "", "L", "i")
a("""I'm a Polish builder, I'm self-employed, I use my own van, I just want to report that the contractor owes me £3,000 for a job in Carryduff. He says next month. I know it's civil. - note, Citizens Advice""")
a("""Safeguarding (adult): Ms R, 58, British, living in a flat in Antrim, has been befriended by a younger couple who moved in 'to help'. They now collect her PIP and pension, she sleeps on the sofa while they have her bedroom, and neighbours see her going out to shoplift food for them. She says they will put her in a home if she tells.""",
  "AV IT", "ncw", "C")
a("""Witness (Belfast Harbour security officer): I work the night shift on the gate. At around 4am a lorry came through with a Bulgarian driver. He was calm, his paperwork was fine, and the trailer had chilled food. I mention it only because the driver said he'd been driving 22 hours without a break because his company would 'dock his pay if late'. He'd eaten nothing. He said he'd get a new job soon. He has his own phone and documents and drives alone.""",
  "EO", "lh", "")
a("""Fraud office referral (DWP/DfC joint): a man in Derry is suspected of 'managing' disability claims for 11 people with learning disabilities living in two of his houses. All benefit payments go to accounts he controls; the tenants receive 'spending money' of £10 a week. They do odd jobs for him on building sites unpaid.""",
  "AV WW", "ncw mbc", "L C")
a("""Noise from an industrial unit at night, Newtownabbey. Council informed.""")
a("""She says that the woman who brought her from Cameroon is her aunt. She says that the aunt promised that she would go to university in Belfast. Instead she has been looking after the aunt's children and cleaning the house, and at night she has been made to go to a hotel and have sex with men the aunt arranges. She says she is 16. She says the aunt keeps her birth certificate and passport, and she does not know the address of the house, only that it is near a big park.""",
  "AV DE PV RD IS", "", "D S", "", True)
a("""Missing Filipino seafarer report closed: man located in Dublin visiting a friend; contract in order.""")
a("""OIC note: the 'closed door' car wash in Craigavon. Visited with HMRC and GLAA. Found six men (Albanian) who gave identical rehearsed accounts. Living in a windowless portakabin on site with gas heater. One man later said privately, 'if I talk, they kill my brother in Durres.' All six hold no documents; the manager said the owner has them 'in the house'. Manager arrested.""",
  "AC IT RD", "saw", "L", "h")
a("""Caller's moped stolen, Ballymena.""")
a("""Medical note (Belfast Trust, sexual health): patient (F, 23, Nigerian) states she was trafficked to Italy at 17 and forced into prostitution there for 4 years before escaping. She came to Belfast to her sister 6 months ago, is an asylum seeker, and is not being controlled now. Needs trauma support.""",
  "AV PV", "", "S")
a("""Report from a taxi firm (Armagh): one of our drivers regularly does 5am pickups from a house in Richhill of 6 men to take them to a mushroom farm; the man who books it pays and always rides in front, the men in the back never speak. Return 10pm. The firm wants to know if it should keep doing the job.""",
  "", "cedl et sfw", "L")
a("""INT 2/A/P: male PATEL, director of a Belfast IT company, sponsoring skilled workers from India. Workers report being required to repay their Certificate of Sponsorship cost (£12,000) via monthly salary 'refunds' in cash; if they leave they are told they must pay the balance at once and will be reported to the Home Office.""",
  "DB IT", "uf", "L")
a("""Victim statement (forced marriage, 2023): 'I was 19. My parents took me to Bangladesh for a wedding which turned out to be mine. My passport was taken by my uncle there. I was married to a man I'd never met. When I came back to Belfast with him, I had to do everything in his family's house and I wasn't allowed to go to college any more.'""",
  "DE RD RM", "", "D")
a("""Fly-tipping at a lay-by near Saintfield.""")
a("""Text message forwarded to police by a mother in Larne: 'Mum they wont let me come home til I sell all of it, they took my phone, this is [name]'s phone, im in a flat in belfast dont know where, im scared'. Sender is her 15-year-old son.""",
  "AV RM IS", "", "C", "i", True)
a("""Fishing boat at Portavogie: skipper called police after a crew member (British, 50) assaulted another in a drunken row. Both employed normally. Assault arrest.""",
  "PV", "", "", "h")
a("""GLAA inspection summary, Dungannon: the labour provider keeps workers' passports 'for the Home Office checks' (6 workers). Workers say they can ask for them but have not tried. Wages paid to own accounts, 45-hour weeks, decent housing. Told to return documents the same day; passports returned.""",
  "RD", "", "L")
a("""DVLA check on a van at a checkpoint near Aughnacloy. Tax out of date. Seized.""")
a("""Statement, Albanian male (21), via interpreter: 'They said I had a job in a pizza shop. In Belfast they gave me the keys of a house with plants and told me to stay inside. I was not to open the curtains. There was no bed, only a sleeping bag. A man came on Mondays with noodles and water. He said if the police came I must say I am the owner of the plants, or my sister in Kukës would pay.'""",
  "DE RM AC IT", "saw", "C", "h")
a("""Concern for welfare: an elderly man in Enniskillen has a Romanian carer who lives with him; family arranged through a licensed agency. Carer is paid weekly, has time off, and the family visit daily. Neighbour's concern unfounded.""")
a("""Anon (Instagram message to a charity): 'My cousin came to work in a nail bar in Belfast but the boss says she owes for the course and for the nail kit, she can't pay it off, every month it's more. She wants to come home but boss says she can't leave till it's paid.'""",
  "DB RM", "", "L")
a("""Robbery of a post office, Cookstown. Weapon seen. Suspects fled in a car.""")
a("""Cross-border intel (Garda NBCI to PSNI, 2/B/P): Brazilian women brought into Dublin on tourist visas are moved to Belfast apartments for sex work; the controller (BRA male) holds their passports at a Dublin address and sends them back and forth across the border by bus each week. Women are told they owe €5,000 for flights and 'advertising'.""",
  "RD DB", "", "S")
a("""Summary of a call to 101, Belfast: a Slovak Roma man says the man he works for in a scrapyard hasn't paid him for three weeks, but he's been paid before and says he'll now leave to work elsewhere; he is not scared and just wants advice. Signposted to Labour Relations Agency.""")
a("""A&E, Daisy Hill: woman (Thai, 30s) with a head injury. She said she fell, but the triage nurse noticed fingertip bruising on her neck. The man with her paid in cash and told staff she worked in his 'spa'. She had no phone, no ID and no handbag. She would not make eye contact and kept saying 'no police'.""",
  "PV", "pa fpe foa sfw", "S")
a("""Intel: an Indian restaurant in Derry houses 5 workers in the cellar; they sleep on mats, work 11am-midnight, seven days, and are paid £100 a month. The owner says they are 'family'.""",
  "AC EO WW", "saw plc", "L")
a("""Minor collision in the car park at Forestside. Details exchanged.""")
a("""Organ harvesting concern, NRM referral: Pakistani man (30) in Belfast says the man who arranged his travel to the UK for work is now demanding he 'donate' a kidney to his relative in Birmingham, to clear the debt of £18,000. He has been taken for blood tests and says he does not want to do it, but the man has his passport.""",
  "DB RD IT", "", "O", "h")
a("""Note from a Belfast hotel duty manager: our agency room attendants are all on minimum wage, they get their own pay and have their passports, but the agency only lets them have 2 days off a month in summer season; some work 60 hours a week. We have raised this with the agency.""",
  "EO", "", "L")
a("""I know my boyfriend does drugs and I know he's not a good man, but he has never made me do anything for money and I'm free to go. I just want the stuff he left at mine to be collected.""")
# ---- part 8: long texts ----
a("""Officer handover (Response, Newry), 14/02, days to lates.

- Shoplifting at the retail park: two local women detained with £300 of clothing. Both known, both charged, no third party involved. File to PPS.
- RTC on the A1 at Sheepbridge: car v lorry, driver of car to Daisy Hill with a broken wrist, lorry driver (Polish, employed by a Co. Armagh haulier) breath test negative, all his documents in order. Road reopened 11:40.
- Follow-up at the Hill Street flat (report of 'girls being kept'). Visited with the MSHTU DC. Two Hungarian women spoken to separately with an interpreter. Both said they rent the flat together, advertise themselves, keep all of their money and have their own ID cards, which they showed. One has a partner in Budapest who she phones daily. Neither had ever been threatened. Advised on safety, given Ugly Mugs and Migrant Help info. Nothing further; intel record updated to say no exploitation found.
- Criminal damage at a GAA club: graffiti. Photographs taken.

Nothing outstanding for lates other than the PPS file.""")
a("""Debrief account, male, 29, Vietnam (translated by Language Line, summarised by the NRM First Responder).

He says he borrowed money from a loan company in Ha Tinh to pay for a job in Europe. He was flown to Russia and then moved by car and lorry across several countries, often hidden. In France he was kept in a forest camp and told the 'price' had risen to £28,000.

He was brought to Belfast in the back of a van from Dublin. He was taken straight to a house in east Belfast where the upstairs rooms were full of cannabis plants. He lived in the house for seven months. He was told not to go out because the police would arrest him and he would go to prison for a long time. The door was locked from outside and a man came every three days with rice, noodles and cigarettes. He was never given any money. He was told that his mother in Vietnam was paying part of the debt each month and that if he ran away 'the people at home' would take her house.

He was arrested when the house was raided in March and was initially charged with cultivation before the s22 defence under the 2015 Act was raised.""",
  "DE DB RM IS IT WW AC", "foa saw", "C")
a("""GLAA and PSNI joint visit report, vegetable packhouse, Co. Armagh.

Purpose: check on a report that workers supplied by a labour provider were being charged for transport and accommodation and that one supervisor 'spoke for everyone'.

Findings: 41 workers on site (Bulgarian, Romanian, Lithuanian, Timorese). All interviewed in groups of 3-4 with interpreters, and a sample of 12 one to one. All held their own ID; all had bank accounts in their names and cards in their possession. Transport is provided by the labour provider free of charge. Accommodation is optional; 9 workers rent from the provider at £70 a week in houses we inspected, which were clean and not overcrowded (max 2 per room). Pay records showed the National Living Wage, holiday pay and overtime at time and a quarter. Workers said they could refuse overtime.

The supervisor did interpret for some workers but workers were happy to speak without him present.

Conclusion: no indicators of forced labour or exploitation. Recommendation: provider to give written accommodation agreements in workers' languages.""")
a("""Statement of witness (Ms K, 62, retired teacher, Holywood).

'The family two doors up are a couple with three young children. About a year ago a young woman, I'd say in her early twenties and Asian, started living with them. At first I thought she was a relative. I see her every day taking the children to school and back, and she does the bins, the washing on the line, and I've seen her cleaning the windows at 10 at night. I have never seen her leave the house on her own: when she walks the children the husband drives behind or the wife walks with her. I asked her once if she'd like to come in for a cup of tea and she looked terrified and said "Madam say no". She wears the same two outfits and in the winter she had no coat. Last month I heard shouting and a slap from the garden, and the woman crying.

I do not know her name. I have never seen her with a phone.'""",
  "RM EO PV", "et fpe", "D")
a("""Probation report extract (NI Probation Board).

Mr D (34, British) is subject to a probation order for possession with intent. He disclosed for the first time in supervision that since his teens he has been 'working off' a debt to a paramilitary-linked group in north Belfast. The debt started at £1,000 when a bag of cocaine he was holding for them was seized; it now stands at £8,000 because of 'interest'. He collects money and moves packages for them and is not paid. He says they have beaten him twice with baseball bats and that they turned up at his mother's house last month 'to remind him'.

He says he cannot go to the police because they will find out. He is willing to speak to a specialist officer if it can be done away from the office. He has a young son and is worried for him.

Risk: high. Referred to PSNI (Paramilitary Crime Task Force) and NRM discussed.""",
  "DB PV IT WW", "foa", "C")
a("""Summary of a complaint handled by the Labour Relations Agency (not a slavery case).

Ms S, a Romanian national, worked as a kitchen porter in a hotel in Co. Fermanagh from May to October. She says that she was sometimes rostered for 11-hour shifts without a proper break and was not paid for the last 14 hours she worked before resigning. She had her own room in staff accommodation (shared with one colleague), had her passport, and travelled home to Romania in August for a wedding with the manager's agreement.

The employer accepts the arrears and says it was a payroll error; payment has been made. Ms S now works in Enniskillen at another hotel and is happy there.

No one prevented Ms S from leaving, threatened her or held her documents. Conclusion: wage dispute, resolved.""")
a("""Intelligence report 2/B/C (handling condition: do not disclose to the local authority until enforcement visit).

Subject premises: a hand car wash on a garage forecourt in Dungannon and a house in Coalisland.

The car wash is staffed by 5-7 men believed to be Kurdish Iraqi. Source (a customer who speaks Sorani) spoke to one of the men, who said he arrived in a lorry in 2024 and that the owner, known as 'Kak Aso', arranged the journey and 'now we pay him back from the work'. The man said they are given £25 a day each in cash, that they live at the house in Coalisland where 'there are 12 of us and 3 rooms', and that Aso drives them there and back. The man said the others are all afraid of the police because they have no papers and Aso tells them they will be deported to Iraq if caught.

Source noticed that none of the men wore gloves or boots, and that the water run-off was foaming into a drain.

Recommendation: multi-agency visit (PSNI, GLAA, HMRC, NIEA).""",
  "DB WW AC AV", "oca et foa", "L")
a("""Letter from a solicitor to the PSNI on behalf of a client, Mr A (Sudanese, 26).

'Our client instructs that between June and November he worked for a food delivery business in Belfast. He did not have the right to work. A man known to him as "Omar" allowed him to use a delivery account in Omar's name in return for 60% of the takings. Our client could stop whenever he wished, kept his own phone and bank account and lived in Home Office accommodation. Omar never threatened him.

Our client is now concerned because Omar has asked him to carry a parcel to Dublin. Our client refused and Omar accepted this without argument.

We write to ask for advice on our client's position in relation to the account sharing. We do not suggest that he has been trafficked.'""")
a("""Anonymous report via Crimestoppers (verbatim).

'theres a house in the middle of the estate in Ballymena, the front garden is a tip, theres about 15 foreign fellas livin in it an a man with a black bmw comes every morning at like half 5 an takes them away in a van an they come back after dark, always lookin wrecked. my mate who works in the meat place says they work there an the man with the bmw takes there wages of them on a friday outside the gate, he seen him with a big pile of bank cards. one of them fellas had a black eye last week an when my ma asked him was he ok he said "no problem no problem" an run in. its not right. also theres people doin drugs at the other end of the street but thats a different thing''""",
  "WW", "oca cedl et ncw mbc pa", "L")
a("""NRM referral narrative (First Responder: Belfast & Lisburn Women's Aid).

Ms P is a 27-year-old Polish woman with a mild learning disability. She was living in a hostel in Warsaw when a man she knew from the hostel offered her a job in a hotel in Belfast and a place to live. She was driven across Europe and came on the ferry from Cairnryan to Belfast.

In Belfast she was taken to a house in west Belfast where she was told to cook and clean for four men. The men took her ID card and phone 'so she would not lose them'. She was not allowed out of the house except with one of them. Over the next three months she was repeatedly raped by two of the men. They told her that if she went to the police she would be put in prison for having no job.

She escaped when she was taken to the shop and she approached a security guard who rang police.

Ms P has consented to the NRM and is in safe accommodation. She has her ID card back following the arrest of two men.""",
  "AV DE RD IS RM PV IT", "et foa", "D S")
a("""Housing Executive area office: summary of an estate walkabout, Portadown.

1. Graffiti on gable walls at three locations (reported to the maintenance team).
2. Overgrown hedges at the end of Park Road.
3. No. 41: tenant reports that a private landlord next door (No. 43) has been letting the house to 'a lot of men'. Visit made. Nine Brazilian men live there; they work at a chicken factory through an agency and rent from the landlord privately, £60 each a week, which they pay in person. All have their own documents and bank accounts; two have cars. They said they choose to share to save money and send it home. Landlord to be told to license as an HMO.
4. No. 12: elderly tenant has a leaking roof; repair ordered.

No safeguarding issues identified on this walkabout.""",
  "", "oca")
a("""A&E safeguarding note, Royal Victoria Hospital, 02:40.

Male patient, about 20, Romanian, presented with two broken fingers on the right hand and bruising to the back. Brought in by a man who said he was his 'boss' and would interpret. Nurse noted the patient did not appear to understand the 'interpreter' and at one point the patient said in English 'no, no, not fall'. Language Line used when the boss went outside to smoke.

Via Language Line the patient said he works for the boss washing cars in Belfast and that the boss hit his hand with a hammer tonight because money was missing from the till. He said he sleeps at the car wash with three others, has no passport (the boss keeps it) and has not been paid 'since Christmas'. He asked staff not to let the boss take him.

Boss returned and became aggressive when told the patient would be admitted. Security and police called. Patient asked to stay in the department.""",
  "PV RD WW IT", "saw sfw pa", "L", "i")
a("""I am writing this because my English teacher said I should. I came to Northern Ireland when I was 16 with a man who said he was my uncle. He is not my uncle. He took me to a restaurant in Bangor where I worked washing dishes every day from 11 in the morning until 2 at night. I slept in a room behind the kitchen with two other boys. He said I had to pay for the flight and the food so I did not get money, only sometimes £10. He kept my papers. When I said I wanted to go to school he said he would tell the police I was illegal and they would lock me up. After one year a lady from social services came to the restaurant and now I live with a foster family and go to college. I want the man to be punished.""",
  "AV DE EO DB WW RD IT", "saw foa", "L", "", True)
a("""Case review (closed, no trafficking).

Concern was raised by a GP in Cookstown about a 40-year-old Lithuanian man who attended with a hand injury and said he 'works all the time'. He was seen at home by a social worker and an officer. He works at a meat plant on nights, 4 nights a week, and drives a taxi at weekends by choice to pay for a house in Lithuania. He lives with his wife and two children in a rented house. He has his passport, his own bank account and his own car. He said nobody has ever threatened him and he could leave either job at any time. His long hours are his own decision. Case closed with advice about rest and health.""")
a("""Intelligence (Financial Investigation Unit) 2/A/P.

Review of accounts linked to a Belfast 'recruitment' company shows 63 current accounts, opened between January and June in the names of Romanian and Bulgarian nationals, all with the company director's mobile number and email as contact details. Salaries from three food factories in Co. Antrim and Co. Down are paid into these accounts on Fridays. Within hours, cash is withdrawn at the same ATMs in Antrim and north Belfast using many cards in sequence, and transfers of £50-£80 are made to each worker's Revolut.

Workers spoken to at one factory said the director 'keeps the bank cards safe' and gives them the 'rest' after rent, transport and 'fees'. Several had payslips for £450 a week but received £120-£180. One said he has asked for his card back and was told he owes for the flight first.

Referral to MSHTU and GLAA.""",
  "WW DB", "mbc ncw ct", "L")
a("""Public report (Facebook message to the PSNI Newry page, verbatim): 'hi there, my daughter (17) has been getting messages from a fella on insta offering her £1000 a week to "dance" in a club in dublin. hes sent her a train ticket. she didnt go and shes blocked him, just wanted yous to know incase hes doing it to other girls. name on the account is ...'""")
a("""Social worker's note (Western Trust, child protection).

Child B, 13, British, has been reported missing eight times in two months from her home in Strabane. On her return on Sunday she had a new phone, nails done and £200 in cash. She told her social worker that her 'friend' Jay (believed 20s) takes her to parties in Derry where she has to 'be nice to his mates' and they give her drugs. She has a love bite and bruising on her thighs. She says Jay says if she tells her mum, he'll post the videos he took of her.

Tonight Child B has again not come home and her phone is off; her last message to a friend said she was 'in Jay's car going to a party'.

Strategy discussion convened; police notified as high-risk missing child with immediate CSE risk.""",
  "AV PV IT", "pa", "S", "i", True)
a("""Witness statement of Mr T, deckhand (extract).

'I joined the boat in Kilkeel in April through a manning agent in Manila. The contract said $1,300 a month and 10 hours a day. On the boat the hours were more like 18 to 20 when we were fishing, with short sleep. We were not allowed to go ashore in Kilkeel because the skipper said our visas did not allow it, and the skipper kept our passports in the wheelhouse. For the first four months my family received nothing. The skipper said the agent takes a "placement fee" of four months' wages from each new crewman. When I asked for a day off after I hurt my back he said I could go home but I would have to pay my own flight and the agent would make sure no one hired me again.

Two of the other crew were Irish and they were paid every week and went home on Friday nights.'""",
  "DE EO RM RD WW DB IT", "saw uf", "L")
a("""PSNI press release (summary): Detectives from the Modern Slavery and Human Trafficking Unit arrested two men in Belfast today on suspicion of human trafficking offences under the Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (NI) 2015. Four women, believed to have been brought from Romania and made to work in the sex trade across Belfast and Lisburn, have been taken to a place of safety and are being supported. Police said the women had been kept in apartments, had their documents taken and were forced to hand over all their earnings. Anyone with information is asked to call 101 or the Modern Slavery Helpline.""",
  "RD WW RM", "", "S")
a("""Minutes, Belfast multi-agency modern slavery partnership (items 3-5 only).

3. Update from Migrant Help: 14 new referrals to the DoJ support contract this quarter; most common types labour and criminal; two organ harvesting concerns referred from England, neither involving NI addresses.
4. Update from the Housing Executive: training for frontline officers to be repeated in Craigavon.
5. Case for discussion: a Nigerian woman, 30, now in Belfast, says that in Lagos a 'hospital agent' paid for her travel on condition she gave a kidney to a patient in the UK; she was told she would be paid £5,000 and, when she arrived, that she must sign forms saying she was the patient's cousin. She has not had surgery; she has withdrawn. Police enquiries ongoing with NCA; she has a support worker.

Meeting closed 12:45.""",
  "DE", "", "O")


PAIR = [("retention_of_documents", "documents_taken"),
        ("restriction_of_movement", "restricted_movement"),
        ("excessive_overtime", "long_hours"),
        ("isolation", "isolated")]


def derive(ind, typ, child):
    if child or "physical_sexual_violence" in ind or "sexual" in typ:
        return "high"
    if "intimidation_threats" in ind and "restriction_of_movement" in ind:
        return "high"
    if len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh127.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk, child) in enumerate(E, 1):
            i = [IND[x] for x in ind.split()]
            s = [SIG[x] for x in sig.split()]
            # an indicator carries its paired sign (labelling convention)
            for ic, sc in PAIR:
                if ic in i and sc not in s:
                    s.append(sc)
            t = [TYP[x] for x in typ.replace(" ", "")]
            r = RISK[risk] if risk else derive(i, t, child)
            rec = {"id": "f127-%03d" % n, "text": text, "indicators": i,
                   "signs": s, "exploitation": t, "risk": r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(E), "to", out)
    validate(out)


def validate(path):
    """Valid JSON, known codes only, unique ids; print counts per code."""
    from collections import Counter
    known = set(IND.values()) | set(SIG.values()) | set(TYP.values())
    ids, c = set(), Counter()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["risk"] in RISK.values()
        for k in ("indicators", "signs", "exploitation"):
            assert set(r[k]) <= known and len(set(r[k])) == len(r[k]), r["id"]
            c.update(r[k])
        c["risk:" + r["risk"]] += 1
        c["no exploitation"] += not r["exploitation"]
    for code in list(IND.values()) + list(SIG.values()) + list(TYP.values()):
        print("  %-30s %d" % (code, c[code]))
    for k in sorted(x for x in c if x.startswith("risk:")) + ["no exploitation"]:
        print("  %-30s %d" % (k, c[k]))


if __name__ == "__main__":
    main()
