#!/usr/bin/env python3
"""Hand-written labelled texts for the Sightline indicator detector (set fresh93).
Each a(...) call holds one hand-written text and its labels. Short codes are expanded below.
Risk: 'i' immediate, 'h' high (e.g. child at risk), or None = derived from labels by the rules."""
import atexit, json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", ROD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
ORDER = ["low", "medium", "high", "immediate"]
D = []
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh93.jsonl")


def a(text, ind="", sig="", typ="", risk=None):
    inds = [IND[x] for x in ind.split()]
    sigs = [SIG[x] for x in sig.split()]
    typs = [TYP[x] for x in typ.split()]
    if "physical_sexual_violence" in inds or "sexual" in typs or len(inds) >= 3 or (
            "intimidation_threats" in inds and "restriction_of_movement" in inds):
        base = "high"
    elif inds or typs:
        base = "medium"
    else:
        base = "low"
    r = RISK[risk] if risk else base
    if ORDER.index(r) < ORDER.index(base):
        raise SystemExit(f"risk {r} below rule {base} for: {text[:60]}")
    D.append(dict(text=text.strip(), indicators=inds, signs=sigs, exploitation=typs, risk=r))


@atexit.register
def _write():
    out = OUT
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            f.write(json.dumps({"id": f"f93-{n:03d}", **d}, ensure_ascii=False) + "\n")
    print(f"wrote {len(D)} texts to {out}")

# ---------------------------------------------------------------- texts
a("""INT 2/B/P. Hand car wash, Blackburn Rd, Accrington. POI Arben HOXHA (DOB 11/04/88) believed to manage 6-7 Albanian males. INT suggests workers sleep in portacabin at rear of site, collected by HOXHA in silver Transit VRM PO17 XKD at 0630 and not returned anywhere as they live on site. Workers paid £30 per day cash, HOXHA keeps rest "for rent". Nil further.""",
  "WW AC", "swp plc ncw", "L")
a("""999 call 23:14. Female caller, distressed, poor English, says she is in a flat above a takeaway in Burnley and the door is locked from the outside, man took her phone but she has an old one hidden. Says she was brought from Manchester two days ago and "have to do customers". Caller cut off. Location triangulated to Colne Rd area. Units deployed.""",
  "ROM ISO", "rm iso", "S", "i")
a("""saw about 5 lads getting out of a van at the services at Forton m6 at like 5 in the morning all in hi vis no coats and the driver shouting at them in foreign language. one lad had a black eye. looked rough as anything. dont know if its anything""",
  "", "cedl pa et", "")
a("""Salvation Army caseworker note. Client M (Vietnamese, 17 by her own account, age disputed) was found in a nail bar in Lancaster. She says she came through France in a lorry and the people who brought her say she owes them £18,000. She works six days a week doing acrylics and is given £40 at the end of the week, "the rest goes to the boss to pay for my travel". She lives upstairs with three other girls. She does not know the street name.""",
  "AV DB WW ISO", "ncw iso", "L", "h")
a("""Neighbour complaint, Blackpool Council. Resident of Hornby Rd reports noise from next-door HMO at all hours, bins overflowing and cars parked over her drive. Officer attended: licensed HMO, six tenants, all with own tenancy agreements, landlord responsive. Bin collection rebooked. No further action.""")
a("""GLAA inspection, packhouse near Ormskirk. Labour provider found to be operating without a licence. Workers interviewed (Romanian, Bulgarian) all held own ID, paid by BACS into own accounts at NMW, payslips seen, holiday pay correct. Licence breach referred for enforcement action; no indicators of forced labour identified.""")
a("""I come from Eritrea. In Libya they sold me to a man and he said I must pay 4000 dollars or he will phone my mother. In UK I worked in a car wash in Preston for a man called Yonas, he say the debt is now bigger because of the boat and the house. I never get money. He keeps it to pay the people in Libya. I sleep on a mattress in the back room with five men.""",
  "DB WW IT AC AV", "ncw oc plc", "L")
a("""POI BALAN, Ionut. INT 1/A/P. Controls group of Romanian women begging outside Tesco and Booths in Kendal and Windermere. Women dropped by BALAN in VRM MT15 OPU at 0800, collected 1800. Money taken from them each evening. One female observed with bruising to face.""",
  "WW PSV", "cedl et ncw pa", "C")
a("""Report received via Crimestoppers: the car wash on Bolton Rd Darwen. workers there are treated like dogs, they work from 7 til it gets dark every day even sundays, boss shouts and hits them, they live in the shed at the back. someone needs to look at it.""",
  "PSV EO AC", "lh swp plc", "L")
a("""School safeguarding referral (DSL, secondary school, Blackburn). Pupil A, 14, has been missing from lessons on 5 occasions this half-term. Seen getting into different cars after school. Has two phones and new trainers and a Canada Goose coat family cannot account for. Mum reports he came home at 3am with a cut hand and says he "owes" an older boy called Tiny for a package that went missing. Concern for criminal exploitation / county lines.""",
  "AV DB", "pa", "C", "h")
a("""Student attended front counter at Lancaster police station to report losing her passport on a night out in town. Chinese national, studying at the university, visa valid. Lost property report created and advised to contact her embassy for emergency travel document.""")
a("""Kidney transplant patient, 54, reviewed in renal clinic at Royal Preston. Living related donor (brother) operation 2024. Graft function stable, creatinine 112. Continue tacrolimus. Next review 3 months.""")
a("""GP note. Pt is Polish male, 41, attends with another man who answered all questions and said he was "the supervisor" and would translate. Pt has untreated hand injury from work at a recycling yard in Skelmersdale, 3 wks old. Supervisor refused to leave room. When asked pt said he lives "with the team" in a house with 11 others. Concerned. Offered follow-up alone.""",
  "AC", "sfw oc pa", "L")
a("""Intel log. 3/C/P. Anonymous source states two Vietnamese teenagers seen going in and out of a house on Manchester Rd, Nelson, windows covered with foil, strong smell of cannabis. Source states the boys never go out except to the back yard to smoke and a man brings food in bags twice a week.""",
  "AV ROM", "rm", "C", "h")
a("""Hi, I'm writing because my cousin came to work on a dairy farm in Cumbria through an agency in Manila. The agency charged him £3,500 before he left. The farm itself has been fine, he gets paid into his own account and has his own room, but he is still paying back a loan shark at home for the agency fee. Is it legal for them to charge that?""",
  "", "uf", "")
a("""Debrief, via interpreter (Tigrinya). She says that she was told in Khartoum that a woman in London needed someone to look after her children and would pay £600 a month. She says that when she arrived the woman took her passport "to keep it safe" and she has never seen it again. She says that she worked from 6 in the morning until after midnight cleaning and cooking for the family, she was not allowed out of the house alone and she slept on the floor of the children's room. She says she was never paid. She says the woman said if she ran away the police would put her in prison.""",
  "DEC ROD EO ROM WW AC IT", "dt lh rm swp foa", "D")
a("""The car wash by the retail park in Morecambe is busy all weekend. Spoke to manager re: complaint about a scratched car. Staff all in uniform, rota on the wall, staff room with kettle. Manager provided CCTV. Civil matter, advised small claims.""")
a("""Officer handover: Obs on flat 3, 22 Talbot Rd Blackpool — girls are being moved in and out every few days, adverts on adult site show same room. Phone 07700 900431 linked. Last night one female came to door with a swollen lip and said "I'm fine, go away". Man in hallway answered for her. Welfare check again tonight please.""",
  "PSV", "sfw pa", "S")
a("""Kid on our estate is only 13 and hes always with them older lads in the black golf, theyve got him running bags to the flats on Ribbleton all hours, hes not been in school for weeks. his mam is on the gear and doesnt care. please help him""",
  "AV", "", "C", "h")
a("""Bank financial crime alert. Twelve current accounts opened at different branches in Lancashire over six weeks, all giving the same address in Oldham and mobile numbers from the same range. Cash withdrawals from all twelve cards at one ATM in Oldham St within minutes of each other, within an hour of wages landing from a food processing agency. Account holders are Slovak nationals.""",
  "WW", "mbc ncw", "L")
a("""Man in his 60s begging outside Preston bus station reported by shop staff as being "dropped off" every morning. PCSO spoke with him: he is a local man, street homeless, known to outreach, comes in on the bus himself from a hostel. No one else involved. Referred to outreach team.""")
a("""INT 2/B/P — cockle beds, Morecambe Bay (Flookburgh/Hest Bank). Gang of approx 15 Chinese nationals being taken out at night with no safety equipment by POI LIN (no further details). Workers reportedly charged £10 each for the van to the sands and £40 for waders. One worker states he has to keep working till his "sponsor" is paid back for bringing him.""",
  "DB AC", "ct ppe", "L")
a("""My husband's brother brought me to England after the wedding in Mirpur. From the first day I did everything in the house for eleven people, his mother used to lock the door when they went out and I did not have a key. My husband's family kept my passport and my visa letter. They told me if I told anyone they will send me back and my family will be shamed. I was not allowed to phone my parents.""",
  "ROM ROD IT ISO", "rm dt iso", "D")
a("""Licensing visit, nail bar, Market St, Clitheroe. Two technicians present, both UK-trained, certificates displayed, both paid through PAYE. Owner showed contracts and hours records (max 40 hrs). Nothing of concern; advised on ventilation.""")
a("""He said I will model for photos in Milan and earn much money. But we went to Manchester and then to a house in Blackburn. I had to sleep with men, 10 maybe 12 each day. When I say no he beat me with a belt. All the money from clients goes to him.""",
  "DEC PSV WW EO", "lh", "S")
a("""Tip off: the farm up past Kirkby Stephen has lads living in a caravan with no water or toilet all winter. farmer pays them but they look half starved.""",
  "AC", "plc pa", "L")
a("""Midwife booking note. 19yo, Nigerian, 20/40, late booking. Attended with older woman who says she is her "aunty". Aunty held patient's documents and answered questions. Pt quiet, avoided eye contact. Later, when alone in scan room, pt said she works in a house "doing the cleaning and the babies" for the aunty's family and does not get paid, just food, and cannot go out. Safeguarding referral made.""",
  "WW ROM ROD", "sfw rm dt", "D")
a("""Man arrested for shoplifting razor blades and baby milk at Asda, Burnley. 24yo British male, heroin user, stealing to fund own habit. Admitted offence, no third party involvement. Referred to drug workers.""")
a("""OFFICIAL-SENSITIVE. Intel 1/B/P. POI ROSS, Kyle @ "K" — Liverpool line "Scouse Dan" running into Barrow and Ulverston. ROSS using address of vulnerable adult (male, 52, alcohol dependent) on Greengate St, Barrow as a base. Victim reports ROSS and two teenagers moved in 3 weeks ago, took his bank card, and he now sleeps on the sofa. Threatened with a knife when he asked them to leave.""",
  "AV IT", "ncw", "C", "h")
a("""Anonymous online report: My neighbour has a Filipino maid and she seems happy, they go to church together and she has a day off on Sunday when she meets friends in town. I only mention it because I saw a poster about slavery. Probably nothing.""")
a("""I was working in hotel by Windermere in the kitchen. Agency in Bucharest told me 35 hours and £11. Real is 70, 80 hours and they take from pay for the room, the food, the uniform, the bus. On payslip is £96 for two weeks. I cannot leave because I owe the agency the flight.""",
  "DEC EO WW DB", "lh ppe ct", "L")
a("""Call summary 101. Caller works at the Tebay services shop. Says a young woman came in asking to use the phone, said she'd been "sold" and the men were in the car park in a white BMW. Staff kept her in the back office. Woman Albanian, approx 20, says she was kept in a flat in Bolton and made to see men. Units en route.""",
  "ROM", "rm", "S", "i")
a("""Safeguarding adults referral. Male, 38, learning disability, known to services, has been "befriended" by a family who take his PIP and ESA each fortnight. Worker concerned they have his bank card. He says they are good to him and he eats with them.""",
  "", "ncw", "")
a("""Construction site, Carlisle. Worker fell from scaffold and broke his leg. HSE informed. Employer a local firm, worker is on the books, fully trained. Employer's liability insurance in place. Not a slavery matter.""")
a("""ok so there is this house on my street in Blackburn with like 8 polish men and they go out in a minibus every morning at 5 and come back at 9 at night, the same man does all the talking if you say hello to them. bins full of energy drink cans. they dont speak to no one""",
  "EO", "oc cedl sfw lh et", "L")
a("""Border Force, Manchester Airport T2. Female, 23, Indian national, arrived on domestic worker visa accompanying employer (diplomatic household). On secondary questioning she stated employer holds her passport "as is normal" and she has not been told how much she will be paid. Employer's representative arrived and insisted on speaking for her. Referred to FRO.""",
  "ROD", "dt sfw", "D")
a("""SA caseworker: J.K. (Slovak, 44) says he was met at Preston bus station by a man called Milan who gave him work in a chicken factory in Skelmersdale through an agency. Milan opened a bank account for him and kept the card and PIN. J.K. got £50 a week. He had to pay £80 a week to sleep in a room with four others. His ID card was "kept in the office". He was afraid to go to the police because Milan said he had friends there.""",
  "WW ROD AC IT", "ncw dt oc foa", "L")
a("""On Tuesday I was at the garage on Lune St getting my tyres done. The young fella doing it was Kurdish and said he gets paid cash, less than minimum, and he doesn't like it but he's looking for something better. Lives with his brother. Should I report the garage?""")
a("""POI: TRAN Van Duc. INT 2/C/P. Believed to supply Vietnamese nail technicians to salons in Kendal, Penrith and Keswick. Staff driven between salons daily in grey Toyota VRM YF68 ZRT by TRAN. Staff believed to live together in flat above salon in Penrith.""",
  "", "et", "")
a("""A&E note, Furness General. 16yo female brought in by friend, intoxicated, bruising to inner thighs and neck. Says she met "a lad off Snapchat" who gave her vodka and took her to a flat with other men. She doesn't know the address. She says she's been to the flat before and they give her weed and let her stay. Police and CSC informed. Strategy meeting requested.""",
  "AV PSV ISO", "pa iso", "S", "h")
a("""Person reported missing by family, 31yo male, Lancaster. Found next day at friend's house after argument with partner. Safe and well. No concerns.""")
a("""I sort of feel bad for the lady who cleans for the people at number 4. She's there every day and she told me they pay her properly but she is always tired because she has another job too. She doesn't live with them.""")
a("""Intel 2/B/C (not for dissemination outside MSHT unit). POI Gjergj KOLA. Runs cannabis grows in Burnley and Padiham using Albanian young men who came over in small boats. INT suggests young men are told they owe £20k each for the crossing and are kept inside the grow houses to "work off" the debt. KOLA visits weekly with food. One was beaten when a crop failed.""",
  "DB ROM PSV", "rm", "C")
a("""The fish processing unit at Fleetwood has been taking on workers from an agency that charges them £15 a day for the minibus from Blackpool. Workers say they are paid properly otherwise and can take other work. Raised with GLAA.""",
  "", "ct", "")
a("""My daughter is 15 and has been going to Blackpool with a man she calls her boyfriend, he's 27. He buys her stuff and she's been coming back with money. Found messages on her phone where he tells her to "be nice to his mates". She won't tell me anything. I am terrified.""",
  "AV", "", "S", "h")
a("""Police log. Welfare check on flat 7, Albert Rd, Colne. Occupant Tomasz (Polish, 58) had been reported by a friend as possibly being controlled. He states he lives alone, works at a bakery, gets his own wages, friend was worried because he'd been drinking. Flat tidy, food in cupboards. No indicators. Closed.""")
a("""NGO note (Unseen helpline). Caller is a nurse in a care home in Blackpool. A colleague from Zimbabwe on a sponsored visa says the agency that recruited her charged her £9,000 in "fees" which is being taken from her wages each month, she works 60+ hours a week and has been told that if she complains or leaves the sponsor will report her to the Home Office and she will be deported.""",
  "DB EO IT AV", "uf lh foa", "L")
a("""Tip: a man at the car wash on Preston New Rd said to me he hasn't been paid for 3 months and the boss says he'll get it at Christmas. He sleeps in the office.""",
  "WW", "swp", "L")
a("""The hotel in Bowness is advertising rooms for seasonal staff at £90 a week taken from wages. Staff I spoke to said they chose it, it's cheaper than renting, and they can leave when they like. Not sure if that's allowed.""")
a("""Witness statement (extract). I have been a delivery driver for 12 years. On 3rd March I delivered to the unit on the industrial estate in Bamber Bridge. I saw a man through the open shutter chained by his ankle to a pipe next to a sewing machine. He looked at me and said "help". Another man pulled the shutter down. I called 999 straight away.""",
  "ROM", "rm", "L", "i")
a("""Blackburn. Woman, 29, reports ex-partner sends abusive texts and turned up at her work. Harassment crimed. DASH completed — medium. No exploitation.""")
a("""Duty to Notify (adult declined NRM). Male, approx 30, Sudanese. Found working on a farm near Appleby. States he was promised work "in a factory in London with a room" by a man in Calais, but was taken to the farm. He has had no money since he arrived in April. He does not know where the farm is. He said the farmer's son has his phone "so I don't call the Home Office".""",
  "DEC WW ISO", "iso", "L")
a("""Public report: theres a pop up brothel in a airbnb in fulwood preston the adverts are on vivastreet the girls look really young and there is always a man sat in a car outside. Men come and go all night.""",
  "", "", "S")
a("""Grandma minding her grandchildren while parents work at the chicken factory — she lives with them in a terraced house in Nelson, eight of them in three bedrooms. Health visitor notes house clean, warm, family close. No safeguarding concerns.""")
a("""INT 2/B/P. POI Mohammed ALI @ "Big Mo". Recruiting girls aged 13-15 from residential children's home in Lancaster, supplying cannabis and alcohol and taking them to parties in Preston where they are passed to older men. One girl (Child C, 14) disclosed she was made to have sex with three men in one night.""",
  "AV PSV", "", "S", "h")
a("""Dear Sir, I write on behalf of my neighbour who does not speak English. He works at the recycling plant in Darwen for an agency. Last month his pay was a week late because the agency changed payroll company. It has now been paid. He asked me whether he could complain. Thank you.""")
a("""I am from Nigeria. Madam brought me to UK and I did the juju ceremony, she said if I disobey I will die and my family also. I worked in the sex house in Manchester and then in Preston. I must pay her £35,000. Every week she takes all money and say I still owe.""",
  "IT DB WW", "ncw", "S")
a("""Sergeant's note: stop-check M6 J36 northbound, minibus VRM BN66 TFE, 14 occupants, 13 Romanian and 1 British driver. Occupants state they work at a meat plant in Penrith, agency-employed, paid direct to own accounts. Driver is employed by agency. Bus overloaded — traffic offence only. Occupants relaxed, had own ID. No MSHT indicators.""")
a("""He locked me in a room in Blackpool for two days. No food. He said if I try to escape he will send the video to my family in Albania. Then he let me out to work in the massage place.""",
  "ROM IT AC", "rm", "S")
a("""POI KOWALSKI, Piotr. 3/C/P. Said to collect bank cards from Polish workers at food factory in Skem on payday and withdraw cash. Unsubstantiated.""",
  "WW", "ncw mbc", "L")
a("""Housing officer note, Burnley: inspected 3-bed terrace on Elm St after complaint. 14 mattresses on floor, one toilet, mould, no smoke alarms. Occupants Romanian men, all work at the same food factory via "Mr Dorin", who collects rent of £70 each weekly from their wages before they get them. Men said Dorin drives them to work and back.""",
  "AC", "oc plc et ncw", "L")
a("""The lady in the Thai massage shop in Kendal told my wife she can't leave because the owner has her passport and she owes him for the flight and visa. She said please don't tell anyone.""",
  "ROD DB", "dt foa", "L")
a("""A&E, Royal Lancaster Infirmary. 34M, Romanian, hand laceration from meat slicer at work. Came with work colleague. States paid hourly, likes job, lives with wife. Wound closed. Fit note given. No safeguarding concerns identified.""")
a("""Lads at the car wash near Carnforth are really friendly and work hard, all Kurdish, they get paid weekly, the boss is a decent bloke and they go home at 6. I've asked them and they're fine. Just saying because someone on Facebook was slagging it off.""")
a("""OIC update. Op LANTERN. Warrant executed at 14 Grimshaw St, Preston. 4 Vietnamese males located in loft cannabis grow, one aged approx 15. Door to loft padlocked from outside. Males had no phones or documents. Living among plants on mattresses. All taken to place of safety; NRM referrals made. Child placed with LA.""",
  "AV ROM ISO AC", "rm swp plc fpe iso", "C", "i")
a("""He was always good to me at first. Then he said I owed him for the phone, the clothes, the hotel, and I had to do "favours" for his friends to pay it off. I was 16. It went on for a year in Blackpool and Fleetwood.""",
  "AV DB", "", "S", "h")
a("""Parent called 101, son (17) has not come home from college in Kendal. Later located at girlfriend's house. Argument over phone use. Returned home. No concerns.""")
a("""INT suggests taxi firm in Burnley transporting young females between addresses in Burnley, Nelson and Accrington late at night, females dropped at hotels and collected 1hr later. Drivers paid in cash by a man named "Zee". 2/C/P.""",
  "", "et", "S")
a("""Interpreter: He says that the men who took him across the Channel said the cost was £3,000 and he would work in a kitchen in Liverpool to pay. He says the restaurant was in Southport. He says he worked every day from 10 am to 2 am with no day off for four months. He says they paid him £100 in total. He says he slept in the storeroom. He says he left when a customer gave him the number for Migrant Help.""",
  "DB EO WW AC", "lh swp", "L")
a("""Carlisle. 101 report, caller concerned about a man washing cars in the rain at a supermarket car park all day. Officers attended: man is self-employed, has a trader's permit, works for himself. No issues.""")
a("""Probation note. S/U (Liam, 19) on licence. Disclosed that before his arrest for PWITS in Barrow he was "working off" a £2,500 drug debt for a Liverpool line after his stash was taken. Line holder threatened to stab his younger brother. He was moved to Kendal and kept in a flat dealing 24/7. Consider s45 / NRM.""",
  "DB IT EO ROM", "lh rm", "C")
a("""hello i want to report a man in blackburn he has a shop and 3 young indian boys work there they sleep in the basement and they say he keep their passports in his safe. i think student visa. they are scared""",
  "ROD", "swp dt foa", "L")
a("""Financial intelligence: SAR received. Personal account in name of Florin D. receiving wages from three different agencies in Lancashire, then full balances transferred each Friday to a single account belonging to Costel M. Pattern consistent with control of multiple workers' wages.""",
  "WW", "ncw", "L")
a("""Dispute between two nail bar owners in Preston about a client who moved salons. Allegations of harassment on social media. Words of advice given to both. No staff welfare issues raised.""")
a("""I was going to a job in a restaurant in Manchester, the man said. When I arrive he took me to a house in Oldham and then every week to different towns, Blackburn, Burnley, Bolton. Men come to the house. If I cry he hits me. He gives me nothing, sometimes £10 for cigarettes.""",
  "DEC PSV WW", "ncw", "S")
a("""GLAA. Visit to mushroom farm, Lancashire. Workers housed in static caravans on site, 6 to a caravan designed for 4. Rent £60 pw deducted. Workers said they were free to leave and had their own bank cards. Accommodation overcrowded — advice given, follow up in 4 weeks.""",
  "AC", "oc", "L")
a("""Lake District hotel, 2025. Chambermaid from Philippines came via a sponsor. She says the hotel is fine, good manager, paid correctly, she has her passport and phone. Her only issue is that she misses home. Referred to community group.""")
a("""Section 136 detainee, male, 27, Ghanaian, found wandering on M6 hard shoulder near Lancaster. Said he had run from "the farm" where he was hit with a stick and made to work in the chicken sheds all night. Had fresh welts on back. Does not know where the farm was. Says "they have my papers".""",
  "PSV ROD ISO", "pa dt iso", "L", "h")
a("""Request to cancel scheduled inspection of a takeaway in Barrow as the owner has sold up. File closed.""")
a("""INT: Female believed to be held at a flat on Queen St, Morecambe, by male known as "Ricky". She has been seen at the window banging on the glass. 2/A/P. Immediate action required.""",
  "ROM", "rm", "", "i")
a("""Worried mum on Facebook group: my son got a job through an agency at a warehouse near Chorley and they make them pay £150 for the safety boots and jacket and take it out over the first month. He's fine otherwise and he's leaving anyway for uni. Is this normal?""",
  "", "ppe", "")
a("""Cumbria. Dairy farmer's wife called to report that one of their two Romanian workers has gone missing. Police attended. Other worker said his colleague had gone to another farm for better pay. Both had their own passports and phones, paid monthly into accounts. Colleague later confirmed safe.""")
a("""A woman came into the charity shop in Barrow asking if anyone spoke Polish. She told our volunteer she has been living in a garage at the back of a house and cleaning the house and two others for a man who says she owes him for bringing her from Gdansk. She hasn't had money since summer. She had very few clothes.""",
  "DB WW AC", "plc fpe ncw", "D")
a("""Summary of phone call from hotel manager, Keswick: two kitchen porters hired via a labour supplier in Birmingham. Supplier representative phones them every day and picks up their wages in cash from hotel every Friday — hotel concerned staff see none of it. Porters reluctant to speak. One said "we pay the boss for the house".""",
  "WW", "ncw sfw", "L")
a("""2/B/P. Sham marriages: Portuguese women being brought to Blackburn and paid to marry Pakistani men for visa purposes. INT suggests at least one woman, who has a learning disability, is being kept at an address on Audley Range and not allowed out until the wedding.""",
  "AV ROM", "rm", "C")
a("""man in a van tried to get me and my friend to go with him for work on a farm, we said no. It was in Preston near the job centre. he had a lot of other men in the back""",
  "", "", "")
a("""Council licensing: HMO in Lancaster found with 9 occupants, licensed for 5. Tenants are students from different countries who rent individually from an online letting platform. Landlord issued with notice. No exploitation indicators.""")
a("""My name is Ana. I am from Romania. I came to work picking in Cumbria with my boyfriend. The boyfriend's uncle arranged everything. He took our ID cards "for the contract" and never gave back. We work from 5 in the morning until 8 at night, seven days. The uncle says food and caravan cost more than we earn so every week we owe more.""",
  "ROD EO DB", "dt lh", "L")
a("""CSC strategy meeting minutes: Child D (16) found in a car in Blackburn with two adult males, 12 wraps of crack in his sock. Child D says he's been going out "grafting" for a man called Reece who gave him a phone and says he owes him for a robbery of the drugs. Child D has a burn on his arm which he says was from an iron.""",
  "AV DB", "pa", "C", "h")
a("""Tanned and muscled lads, loads of them, at the gym in Blackpool — they're all Polish builders who came over on their own. Nothing dodgy. Just wanted to say not everyone foreign is a victim lol.""")
a("""POI ZHANG Wei. 2/B/P. Running 'massage' premises at Church St Ormskirk and Fishergate Preston. Chinese females aged 30-45 rotated weekly; they sleep on massage tables after closing. ZHANG holds their passports. Customers report the women seem frightened and say "boss angry if no money".""",
  "ROD", "swp dt foa", "S")
a("""Staff at Lancaster bus station called police about a young woman who said she was being followed. Police spoke to her; the man was her ex-boyfriend. Harassment warning issued. No further concerns.""")
a("""INT 2/C/P. Fishing boat out of Fleetwood, skipper POI GRANT. Filipino deckhands on transit visas reported as working 20-hour shifts at sea and not permitted to leave the vessel when in port. Crew said to be paid $400 a month to an account in Manila controlled by the manning agent.""",
  "EO ROM WW", "lh rm swp ncw", "L")
a("""Renal unit referral. Patient (British, 61) disclosed he travelled to Pakistan last year and paid a broker £25,000 for a kidney from a "donor" he never met. Team concerned donor may have been coerced or trafficked. Report to police for awareness.""",
  "", "", "O")
a("""Debrief account. I am Hoa. A man in Hanoi said my family can borrow for me to go to England and work in nails and I will pay back quickly. In England they put me in a house with cannabis in Blackburn. They lock the door. I water the plants, I sleep there. The man say if the police come I will go to prison and my family must still pay the debt. I was there maybe 7 months.""",
  "DEC DB ROM IT AV", "rm swp foa", "C")
a("""caller to 101 says his Uber driver told him hes been paying £200 a week to a man who gave him the account to drive under, and he only keeps about £100 after. driver seemed fine just moaning. caller not sure if its modern slavery""",
  "", "", "")
a("""Salvation Army note: Client P (Indian, 34) came on a Skilled Worker visa to work as a chef in a restaurant in Lytham. Employer took his passport and BRP "for HR" and has not returned them. He is paid £1,200 a month on paper but the owner makes him withdraw £700 in cash and hand it back. Works 7 days, 12 hours. Told that if he leaves, his visa will be cancelled and he will be deported. He sleeps above the restaurant with three other staff.""",
  "ROD WW EO IT AV", "dt lh swp foa ncw", "L")
a("""Blackpool. Two men arguing over a parking space outside a guest house, one punched the other. Both arrested for affray. Alcohol a factor.""")
a("""A lady from Romania knocked on my door in Barrow asking for money for her baby. I gave her some. Later saw her get into a car with a man who was counting money. There were 3 other women in the car. They were there again next day at the same time.""",
  "", "et", "C")
a("""Interpreter (Albanian): She says that her boyfriend in Tirana told her they would go to London and he would work in construction. She says that in England he took her to a flat in Preston and told her she must work with men because he had debts. She says that she had no passport because he had it. She says she could not leave because he was always with her or his cousin was. She says he hit her when she refused and once burned her with a cigarette.""",
  "DEC ROD ROM PSV", "dt rm et", "S")
a("""Police log — Kendal. Male reports his Bulgarian ID card stolen from his car. Crime ref given. He works at a local hotel and is waiting for a replacement from the consulate.""")
a("""GLAA intelligence: labour provider in Preston supplying warehouse staff to a distribution centre at Chorley. Workers report paying £300 "registration fee" to a man at the bus station before being given a start date, and £7 a day for a lift to site. Those who refuse the lift are given no shifts. Workers are otherwise paid directly by agency.""",
  "", "uf ct", "")
a("""Cuckooing, Whitehaven. Female, 46, heroin user, reports a man from Liverpool and a 15 year old boy have been living in her flat for a month dealing from it. She is given drugs in return. Man took her keys and she is not allowed to have visitors. Boy looks thin and scared and is not at school.""",
  "AV ROM ISO", "rm iso pa", "C", "h")
a("""Police took a call from a farmer near Cockermouth saying an agency worker had walked off the job after an argument about hours. Worker located at friend's home. Worker said he was paid, just fed up with the farmer's attitude. No concerns.""")
a("""Nail bar in Darwen. Three Vietnamese girls who look young, 16 maybe. Always there when I pass at 9pm. Never see them outside. A man in a Mercedes picks them up and they duck down in the back.""",
  "AV", "cedl et", "L", "h")
a("""Transcript, victim interview (summary). Witness describes being recruited on Facebook for "packing work" in the UK with free accommodation. On arrival at Manchester airport she was met by two men who took her passport "for registration" and drove her to a house in Oldham where there were already 12 women. Next day she was taken to a factory in Rochdale. She worked nights. After three weeks she had still not been paid and was told her first month's wages covered the flight and accommodation. One of the men slapped her when she asked to phone home.""",
  "DEC ROD AC WW DB PSV", "dt oc et", "L")
a("""Anti-fraud team, DWP. Eleven Universal Credit claims linked to one address in Accrington, all Czech Roma claimants. Claims were made on one device. Bank statements show all payments forwarded to one individual. Interview with two claimants: they said a man called Radek "helped" them and they never see the money; he pays them a bit for food.""",
  "", "ncw", "C")
a("""Au pair, 19, Spanish, with a family in Grange-over-Sands. Contacted the au pair agency to say she was unhappy that she is expected to do all the cooking and cleaning on top of childcare. Agency spoke to family, hours agreed at 25 a week, she has her own room, keeps her passport and can leave. She decided to stay. No exploitation.""")
a("""So basically my mate who is from Sudan was working at a takeaway in Burnley and the owner said he would sort out his asylum papers if he worked for free for 6 months. Its been a year now and hes had nothing. Sleeps on chairs in the shop. Owner says if he goes to the police he will tell them hes illegal""",
  "DEC WW AV IT", "swp foa", "L")
a("""Intelligence 2/B/P. POI Adrian STAN. Controls a team of Romanian shoplifters working retail parks in Preston, Lancaster and Kendal. Team members are given lists of what to steal (razor blades, perfume, baby formula). Money from resale kept by STAN; team members are given £10-£20 per day. At least one team member is believed to be 16.""",
  "WW AV", "ncw", "C", "h")
a("""Routine call: passport found in a taxi in Preston, owner traced (Greek student) and returned. No further action.""")
a("""Staff nurse, care home in Morecambe. My colleague from Kerala says she gets paid properly and has her passport but the agency that brought her charged her £10,000 in India. She says she's paying it off to a moneylender back home. She's not happy but she's free to change jobs.""",
  "", "uf", "")
a("""Border Force, Liverpool John Lennon. Two Albanian males aged 16 and 17 found in rear of HGV. Both had a phone number for "Uncle" in Preston written on their arms and said they must call it on arrival to be told where to work. Said their families had paid smugglers with a loan. Referred to LA children's services as UASC.""",
  "AV", "", "", "h")
a("""Debrief. He says he is from Sudan. He says he was working on a farm in Cumbria (he thinks near Penrith) cutting and cleaning vegetables. He says the man at the farm shouted that he would kill him if he did not work faster. He says the man pointed to a dog and said the dog would bite him if he ran. He says he worked every day and nobody paid him. He says he slept in a barn with no heating.""",
  "IT WW EO AC", "lh swp plc", "L")
a("""Anonymous: Polish guy at the waste recycling plant in Blackburn had his fingers crushed and the gaffer told him not to go to hospital because the Health and Safety would shut them down. He kept working. Lives in a house the gaffer owns with loads of others.""",
  "AC", "pa oc", "L")
a("""PCSO note: young woman asked me where she could get help. She said she had been taken to a hospital in Turkey and told she would be a surrogate, but when she woke up they had taken out one of her kidneys. The people who arranged it paid her £1,500 and took her passport. She has been in the UK two weeks and is staying at a hostel in Preston.""",
  "DEC ROD", "dt", "O")
a("""ASB complaint: youths on bikes around Avenham Park, Preston, throwing stones at windows. Dispersal order requested. No exploitation concern noted.""")
a("""INT 3/C/P — Unconfirmed: a Vietnamese woman seen crying outside a nail bar in Keswick, speaking on phone, a man came out and pulled her back inside by the arm.""",
  "PSV", "", "L")
a("""My sister works at a hotel in Ambleside as housekeeper through a agency. She has her passport she is paid every friday and they give her a nice room in the staff house with two other girls. She asked me to write because her friend at a different hotel says her boss takes her money and locks the staff house at night. Can you check the other one? Its the hotel by the lake near Pooley Bridge.""",
  "WW ROM", "ncw rm", "L")
a("""Local authority children's services: referral for Child E, 12, Eritrean, arrived with a man claiming to be his uncle. School noted E is doing cooking and cleaning for the whole household of 8 and is not allowed to play outside. E has few clothes and said the uncle says E's mother in Eritrea will be in trouble if he doesn't obey.""",
  "AV ROM IT", "rm fpe", "D", "h")
a("""Intel 2/B/P: recruitment agency in Preston taking £500 from job seekers for placements in "care work" that do not exist. Victims lose their money but are not put to work. Fraud referred to Action Fraud.""",
  "DEC", "uf", "")
a("""I worked on building sites in Lancaster for man called Gheorghe, he pick us up at 5.30 and bring back at 8 or 9. He said £80 per day but after 4 weeks he pay only £200 and said the rest is for the house and transport and for the debt from the bus ticket. We were 10 in a house with 3 rooms. When I asked for money he said Romanian police will know where my family is.""",
  "DEC WW DB AC IT EO", "cedl lh oc ct", "L")
a("""101: a man reports that his Filipino wife's former employer in Dubai is threatening her on WhatsApp over a debt from a previous job. She lives with him in Carlisle and works in a shop. Advice given re malicious communications.""",
  "IT", "", "")
a("""INT 1/A/P. Address 44 Victoria St Blackburn used as a pop-up brothel. Three Romanian females observed. POI DRAGOMIR drives them to and from the address in VRM LR19 BKO at 1100 and 0300. Adverts on adult website show same females advertised for Blackburn, Bolton and Preston in the same week.""",
  "", "et cedl", "S")
a("""Caller says her elderly father's carer, from Zimbabwe, lives in with him and has told her she works 7 days a week, has not had a day off in 4 months and the agency keeps her wages and gives her "allowance". The agency is based in Bolton. Carer afraid of losing her visa.""",
  "EO WW AV", "lh ncw foa", "L")
a("""Carlisle. Male found sleeping in shop doorway, says he came from Poland for work a month ago, worked two weeks at a warehouse, then lost the job when the contract ended. He was paid. Has own ID. Referred to homeless services and Polish community support.""")
a("""Officer handover 0600. Still looking for the 15yo MISPER from the children's home in Lancaster (Kayleigh). Her phone pinged in Blackpool at 0300. She's been seen with adult male "Dom" who is known for CSE. Believe she is with him now. Grade 1 priority.""",
  "AV", "", "S", "i")
a("""My employer, a diplomat in London, moved to the Lake District for the summer and brought me. I cook and clean for the family and look after the three children. I start at 6 and finish when they sleep, maybe 11. I do not have a day off. My passport is with madam. My salary is sent to my husband in the Philippines, I do not know how much. I cannot go out alone because madam says the area is dangerous.""",
  "EO ROD WW ROM", "lh dt ncw rm", "D")
a("""Employer in Fleetwood fish processing reported to HMRC for paying below minimum wage. Workers interviewed by GLAA: they go home each day, have their own accounts, some have complained to ACAS. Low pay but no indicators of forced labour.""")
a("""Intel: male known as "Chopper" using young lads from Blackpool to carry drugs to Kendal and Windermere by train. INT suggests lads are stripped and beaten if they come back short. 2/B/P.""",
  "PSV", "", "C", "h")
a("""Report via online form: Im a taxi driver in Burnley. I keep picking up the same 2 girls from a hotel on the motorway at 4am and taking them to a house in Brierfield. A man always pays and tells me not to talk to them. One of them asked me once in broken english if i knew where the police was. He shouted at her.""",
  "", "cedl sfw et", "S")
a("""CID note: serious assault at a chicken factory in Skelmersdale. Two workers fought over a shift rota; one hospitalised with head injury. Both legitimately employed, no third-party control. Investigation for GBH.""")
a("""Witness: I'm the manager of a convenience store in Barrow. A lad of about 14 comes in every day at odd hours, always with cash and a new phone. He told one of my staff he's "working for some Scousers" and he sleeps "wherever they say". He had a black eye last week and said he'd been "taxed".""",
  "AV PSV", "pa", "C", "h")
a("""Debrief note (NGO). Client X, Chinese, 50. Worked in a takeaway in Morecambe. Was told in China the job paid £1,800 a month. In reality he was paid £600 a month and worked 11 hours a day, 6 days. He lived in a shared room above the shop. He had his own passport and was free to go out. He left after 8 months when he found another job.""",
  "DEC EO", "lh", "L")
a("""Police log. Op NETTLE. Stop on M6 at Killington services: Audi VRM KP70 ZXC, 3 occupants. Driver male 19 from Liverpool. Rear passenger female 15, reported missing from Wigan, had £1,200 and 30 wraps of heroin in her bra. Said she had been "on the road" in Kendal for 4 days and was told she couldn't go home until the phone line's money was up. Driver arrested.""",
  "AV ROM DB", "rm", "C", "i")
a("""Community Safety Partnership minutes: discussion of increase in hand car washes in Pendle. Most visited had proper records and staff paid NMW. One site in Nelson had no water drainage and staff without gloves, referred to Environment Agency. No MS indicators found at any site.""")
a("""Message to charity Facebook page: Hi, I got a job offer on TikTok to be a bar hostess in Manchester, free flight from Brazil, they want a copy of my passport and say I pay back £4000 from my wages. Is this safe? I have not gone yet.""",
  "", "", "")
a("""She came to our surgery in Carlisle with the man she calls her husband. She has cigarette burns on her forearms and says she works "in the house" for his family. He said she doesn't need an interpreter. Later she wrote on paper "help me they hit me I cannot go out".""",
  "PSV ROM", "pa sfw rm", "D", "h")
a("""INT 2/B/P: organ trafficking. POI (name unknown) in Bradford recruiting young men from Blackburn's Pakistani community, offering £5,000 to "donate" a kidney in a clinic abroad. One man returned with complications and says he was only paid £500 and was told if he speaks out his family here would be hurt.""",
  "DEC WW IT", "", "O")
a("""A young mother in Preston asked the health visitor about her partner who works at a car wash. He is paid cash, works long days in summer, comes home every night. He has his documents. Partner happy with job. Health visitor noted family well.""")
a("""Police intel log — Carlisle. Teenage girl (16) reported to school that her 'boyfriend' (aged 24) posts pictures of her online and arranges for men to pay to meet her. She says she owes him for the phone and the nails. Passed to CSE team.""",
  "AV DB", "", "S", "h")
a("""Anonymous letter, Lancaster: "The people at the big house on Scotforth Rd have a woman living in the garage who does all their work. She is Indian. She never goes out, only to put the bins out. I've seen the husband shout at her in the garden.\"""",
  "ROM AC", "rm plc", "D")
a("""Caseworker: Mr B (Eritrean, 28), asylum seeker, reports the hostel in Blackpool is overcrowded and the food is poor. He is not working, receives his asylum support on his card. No exploitation, refer to housing provider complaint.""")
a("""Financial intelligence (bank): customer, 71, says her son's friend "helps" her with online banking; payments of £4,000 made to crypto exchange. Treated as fraud/financial abuse. No modern slavery indicators.""")
a("""Intelligence 2/C/P: Albanian male adults being used as 'gardeners' in cannabis grows across Chorley and Leyland. They're moved every few weeks in the boot of a car and told that the police in the UK will beat them and send them home if found. They are not paid as they are "paying for the journey".""",
  "DB WW IT", "et foa", "C")
a("""My name is Grace. I am 24. I came from Lagos because my pastor said a family in Manchester needed a nanny and I could study too. The family lived in Bolton and then moved to Blackburn. I worked for 3 years and they never let me go to school. They paid me nothing, they said they were sending money to my mother but my mother says she got nothing. I could not phone her for the first year. Madam slapped me many times.""",
  "DEC WW ISO PSV", "ncw iso", "D")
a("""Hi, reporting a lorry driver at Charnock Richard services who had a young girl in the cab at 2am, she looked about 14, he told me she was his daughter. She looked scared. I got the plate, it's a foreign lorry, DW 4512K.""",
  "AV", "", "", "h")
a("""EMAIL from hotel HR, Windermere: we recently discovered one of our kitchen staff supplied by an agency had his passport held by the agency's boss, who also collects his wages from his bank card every Friday. We've stopped using the agency and paid him directly. He's safe and still working here and asked us to tell the police.""",
  "ROD WW", "dt ncw", "L")
a("""Barrow. 101 from a dog walker: 'a shed in the field near the allotments had lights on at night, maybe people sleeping'. Officers attended: two rough sleepers, British, well known, not working for anyone. Offered hostel.""")
a("""INT 1/B/P: POI NGUYEN Thi Lan controls three nail bars (Chorley, Leyland, Blackburn). Workers from Vietnam aged 16-25 believed housed at her home in Chorley; they are driven to work in her car, do not have house keys and hand over all tips. One worker told a customer she "has to pay back" £30k.""",
  "AV DB WW ROM", "et ncw rm", "L", "h")
a("""The kids at the residential care home in Ulverston keep going missing at night and coming back with vapes and booze and one said she's "on the books" of a lad from Barrow who sends her to meet men. Staff worried.""",
  "AV", "", "S", "h")
a("""Probation assessment: prisoner, 22, Vietnamese, convicted of cannabis production (Preston grow). States he was brought to the UK in a lorry at 17, owed £25,000, and was told his family in Vietnam would be beaten if he did not stay at the house. He could not leave the house, the door was always locked. Court did not apply s45. Refer to NRM now.""",
  "AV DB IT ROM", "rm", "C")
a("""Neighbour dispute, Kendal: complainant says the Polish family next door are "running a business" because vans come at 6am. Officers attended: husband and wife are self-employed builders with their own van. No issues.""")
a("""Police log: shop owner in Burnley reported a Slovakian woman begging outside for 3 weeks. When PCSO spoke to her through translation app she said she was given a pitch by "the men" and must give them £40 a day or she is not allowed back into the house. She was wearing thin clothes in the rain.""",
  "WW IT", "ncw pa", "C")
a("""Transcript: 'I am a doctor in Lancaster, one of my patients is a Romanian man who came to me with a badly infected wound on his leg. He told me he works at a farm, his boss didn't let him come to the doctor for two weeks. He lives on the farm with other Romanians. He asked me not to report because he would lose his job.'""",
  "AC ROM", "pa rm foa", "L")
a("""INT 3/D/P: rumour that a car wash in Leyland uses trafficked workers. Visit by officers found staff on payroll, Right to Work checks, staff living in own rented flats. No evidence of exploitation. Rumour assessed as false.""")
a("""Workers at the potato packhouse near Tarleton say they were charged £25 for hairnets, boots and overalls in their first week. Otherwise no issues, they live in their own rented houses and get paid into their own accounts.""",
  "", "ppe", "")
a("""INT 2/B/P. Male known as "Mr Bogdan" controlling bank accounts of approx 20 Romanian workers employed via agencies at food factories in Preston and Leyland. Cards and PINs held by Bogdan. On paydays he is seen at the Tesco Extra ATM on Blackpool Rd using multiple cards in succession. Workers receive £50-£70 cash per week. Housing is supplied by Bogdan in two houses on Plungington Rd, 10+ per house.""",
  "WW AC", "mbc ncw oc", "L")
a("""i am 17 my phone was took off me by the man and i didnt no where i was for 3 weeks. they moved me round flats in lancaster and morecambe selling. i wasnt aloud out on my own. i got jumped by his mates when i tried to leave. please dont tell my mum""",
  "AV ISO ROM PSV", "iso rm", "C", "h")
a("""Caseworker (New Pathways). Client Y, 31, Lithuanian. Was homeless in Preston when a man offered him a room and work. Worked on a farm near Garstang, lived in a caravan, no heating. Told his wages were going to pay for his room and his drink. He says the man kept him supplied with vodka "so I would not think". He was not allowed to go to town without the man. No money after 9 months.""",
  "AV WW AC ROM", "plc rm et ncw", "L")
a("""Man in Penrith reported his wife missing after she left following a row. She was found at her sister's house in Carlisle, she says she left of her own free will because of his controlling behaviour. DA referral made. No exploitation.""")
a("""Interpreter (Vietnamese): She says that she does not know the name of the town. She says that she only saw the inside of the salon and the flat. She says that the woman who owned the salon told her she had no right to be in England and if she went out the police would put her in a cell. She says she had no phone. She says she worked from 9 until 9, every day.""",
  "ISO IT EO AV", "iso foa lh", "L")
a("""Licensing, Blackpool Council. Massage parlour on Dickson Rd: premises licence renewal. Staff records in order, therapists self-employed with own accounts, CCTV no rooms. No concerns.""")
a("""Burnley police log: Male, 40, reports he was assaulted by his employer at a car wash after asking for wages owed. He is a Kurdish Iraqi with leave to remain. He says he has not been paid for 6 weeks and the boss says "I pay when I want". He lives in his own flat. Assault crimed.""",
  "PSV WW", "", "L")
a("""Helpline call: a man from Bangladesh says he paid a broker £14,000 for a "care worker" sponsorship in a care home in Lancashire. When he arrived the care home said there was no job. He is now working cash-in-hand in a restaurant and sleeping in the restaurant. The broker says he must pay another £3,000 or he will report him to the Home Office.""",
  "DEC DB IT AV", "uf swp foa", "L")
a("""Officer's note: stop check on a woman, 20s, Chinese, in Preston city centre at 0200 who appeared lost. Spoke through Language Line. She is a student at UCLan, lost her way home after a night out. Accompanied home. No concerns.""")
a("""THEY ARE KEEPING PEOPLE IN THE BACK OF THAT CHICKEN SHOP ON ACCRINGTON RD I HAVE SEEN THE LAD THROUGH THE WINDOW AT 3AM STILL WORKING AND HE SLEEPS ON THE FLOOR BY THE FRYERS. HE HAS NO SHOES. POLICE DO NOTHING""",
  "EO AC", "lh swp plc pa", "L")
a("""GP referral: male, 23, presents with chronic back pain. Works long shifts as a warehouse operative in Chorley through an agency. Enjoys job, lives with girlfriend. Advised physio.""")
a("""INT 2/B/P. Forced marriage. Female, 17, from Blackburn to be taken to Pakistan over summer to marry cousin. Family have taken her passport and phone. She told school friend she is not allowed out of the house except to go to college with her brother. FMU informed.""",
  "AV ROD ISO ROM", "dt iso rm et", "", "h")
a("""Debrief: I came to UK from Poland with my friend. A Polish man in Blackpool gave us job in a hotel. He said he will get National Insurance number and bank account. Then he kept the bank cards. We cleaned rooms 12 hours, he gave us £30 each week for food. We lived 8 people in one flat above a shop. After 5 months my friend got sick and he said she must still work or we go to street.""",
  "WW EO AC IT", "ncw lh oc", "L")
a("""Police National Database check on POI: no trace. Intel request closed.""")
a("""OFFICIAL-SENSITIVE. Int 1/A/C (not to be disclosed to partner agencies without OIC approval). Address in Ashton, Preston being used by POI SHEHU as a cannabis factory. Source has seen a young Albanian male (approx 18) inside who is not allowed to leave; SHEHU brings food. Young male has said to source that SHEHU "will kill him" if the plants die.""",
  "ROM IT", "rm", "C", "h")
a("""A woman called the Modern Slavery Helpline about her elderly Indian mother-in-law who lives with her brother-in-law's family in Preston. She says the mother-in-law does all the cooking for the family but she is family, she wants to do it, and goes to temple with friends. Caller just wanted advice. No exploitation identified.""")
a("""Midwife community note. Mother, 18, Roma, in a house in Nelson with 4 adult men and 2 other women. Men say they are "all family". Mother's baby has missed appointments. She told interpreter she goes out each day with other women to "sell Big Issue" and must give money to "Uncle". She has no money for nappies.""",
  "WW", "ncw", "C")
a("""Carlisle Herald style summary: A Carlisle man has been jailed for 7 years after holding a vulnerable man captive and forcing him to lay block paving for nearly a decade for no pay. The victim, who has learning difficulties, slept in a horsebox and was beaten when he tried to leave.""",
  "AV ROM WW AC PSV", "plc rm", "L")
a("""Report via website: "saw a girl about 16 leaving the hotel by the M6 junction with an older man at 6am and she was crying. she had no coat and bare feet." Reporter did not get vehicle details.""",
  "AV", "pa", "", "h")
a("""A&E, Blackburn. Male, 33, Romanian, fell from roof while working for a roofing gang. Brought by the gang leader, who gave a false name and left. Patient said he does not know the address where he lives, he is driven to work each day, and the boss "keeps his money safe". No ID.""",
  "ISO WW", "iso et ncw fpe", "L")
a("""GLAA: statement from worker at a daffodil farm in Cumbria. "The gangmaster told us if we talked to inspectors he'd put us on the next bus back and we'd never get our deposit back." Workers had paid £200 deposit each for the job. Paid piece rate, which works out below minimum wage.""",
  "IT", "uf", "L")
a("""Front counter, Kendal. Woman reports her ex-partner has kept her passport after they split. She has her own flat and job. Advised civil route; officers contacted ex who returned it the same day.""")
a("""He brought me from Kenya for a job as housegirl for his sister in Lancaster. I was there 2 years. I slept in kitchen on a mat. Up at 5 every morning. Not allowed to speak to the neighbours. When guests come I hide. Madam said I am lucky because in Kenya I am nothing. She kept my passport in her bedroom.""",
  "EO ISO ROD AC", "swp lh iso dt", "D")
a("""Intel log 3/C/P: a lad on Snapchat in Blackpool is advertising "work" for schoolkids, £200 a day to "drop stuff off". Unconfirmed.""",
  "", "", "C")
a("""My neighbour's son (24, learning disability) has started going out with a group of lads who get him to go to the shop and buy things on credit in his name and take him to the bank to take cash out. They give him cigarettes. His mum is worried.""",
  "AV", "ncw", "C")
a("""INT 2/B/P. Car wash, Kendal. Workers are Kurdish Iraqi; all state they were brought over by a smuggler who the owner paid, and now each owes the owner £5,000, deducted at £100 per week from their wages of £250. They live in a house owned by the owner, 2 per room. They appear free to come and go.""",
  "DB", "", "L")
a("""Public report: i live in Fleetwood. the man next door beats his dog and shouts at his kids. i want someone to go round.""")
a("""Safeguarding adults: Mrs K, 80, living with her grandson and his partner in Barrow. She says they take her pension and she is not allowed to go out to see friends. Adult social care visiting.""",
  "ROM", "ncw rm", "")
a("""The kidneys thing, an A&E nurse in Preston told me a story about a young Moldovan lad who came in with a fresh scar and said he'd sold a kidney in Istanbul because he owed money to a man in Chisinau. He said the man made him go. Not sure if it was reported.""",
  "DB", "", "O")
a("""Sergeant's note, Blackpool. Checked 6 HMOs in South Shore after intel about exploitation. All tenants spoken to: mix of British and EU, own tenancy, employed in hospitality, no one controlling. Two HMOs in poor repair (damp), passed to housing enforcement.""")
a("""Victim statement (extract). "They said I would clean offices in Manchester for £8 an hour. When I got there a woman took me to a flat in Bolton and said I had to give massages. Then it was more than massages. I did not want to. She said I owed £3,000 for my flight and the flat. She had my passport.\"""",
  "DEC DB ROD PSV", "dt", "S")
a("""CSE strategy discussion, Lancaster. Child F (13) found in a car with two men aged 30+ at 2am. Phone shows messages arranging meetings, gifts of vapes and money. F has disclosed one of the men touched her. Men arrested.""",
  "AV PSV", "", "S", "h")
a("""INT 2/B/P. Vietnamese male, approx 15, seen by PCSO in Nelson walking alone at 0100 carrying a large bag of fertiliser. When spoken to he said he was "doing work for uncle" and ran off. Grows suspected in area.""",
  "AV", "", "C", "h")
a("""Anonymous tip: "the nail shop in Kirkham has two girls who are never let out. The boss locks the shop at night with them inside. I heard one crying." """,
  "ROM", "rm swp", "L", "i")
a("""Bank alert, Lancaster branch. Five customers (Sudanese) came in together with one man who did all the talking; all five opened accounts with the same address and the man asked for the cards to be sent to his PO box. Staff refused. Referred to police.""",
  "", "sfw", "")
a("""Transcript, 999 call. Caller: my friend is at a farm near Keswick, he just texted, the boss has locked him in the cow shed because he wanted to leave, he's scared the boss is going to hurt him tonight, he says he's got a gun. Operator: what's the address? Caller: I don't know, he sent a pin.""",
  "ROM IT", "rm", "L", "i")
a("""Summary for the Tactical Tasking meeting: 3 MSHT referrals this month in Burnley — 1 car wash (workers paid cash, no docs held, advice given, NFA), 1 domestic (husband and wife dispute, no servitude), 1 cannabis grow (no persons located, no victims). No further action on any.""")
a("""Interview: I work on a trawler from Whitehaven. The skipper took our passports when we came on board and said we get them back when contract finish. We work 18 hours when fishing. We were not allowed to go ashore. Money goes to agency in Ghana, I don't know how much.""",
  "ROD EO ROM WW", "dt lh rm ncw", "L")
a("""ok this might sound mad but my mate from uni got a job as an au pair in Cockermouth and the family have taken her phone "because of screen time rules for staff" and she hasn't had a day off in 5 weeks, she says she's fine but she sounds really off on the landline""",
  "ISO EO", "iso lh", "D")
a("""POI DANIELS, Jordan (DOB 02/09/99). 1/B/P. Line holder for the "Manny" line (Manchester into Burnley). Recruits 14-16 year olds from pupil referral units in Burnley, gives them drugs on tick, then tells them they owe him when they are robbed (robberies believed set up by DANIELS). Debts then worked off by running.""",
  "AV DB DEC", "", "C", "h")
a("""An old man sells the Big Issue outside M&S in Preston. He is Romanian but has his own pitch from the Big Issue office and lives with his wife in a flat. Just an ordinary seller, no concern.""")
a("""Caseworker: Ms R, 42, Filipino, domestic worker, left employer in Lytham after 4 years. Says she was well fed and had her own room but was paid £300 a month instead of the £1,500 on her contract, the rest "saved for her" by the employer and never given. Her passport was held by employer "for safety" and she had to ask to go out.""",
  "WW ROD ROM DEC", "dt rm", "D")
a("""Im the receptionist at a B&B in Morecambe. We had a group of 10 Indian lads booked by a labour agency for a month. They were friendly, went to work at a factory each day in a minibus, came back, went to the pub. The agency paid the bill. Nothing dodgy seen.""")
a("""INT 2/B/P: POI ZENELI, Arjan. Believed to be running a brothel in a flat in Preston Docks. Female victim (Albanian, 22) managed to phone her sister in Tirana saying she's "in prison" and the man will "hurt mum" if she escapes. Flat door has extra lock on the outside.""",
  "IT ROM", "rm", "S", "i")
a("""Review of CCTV at a car wash in Blackburn shows staff arriving at 7:30 and leaving at 18:00, lunch breaks taken. Owner supplied payroll. Complainant's allegation (workers sleeping on site) not supported: the mattresses seen were for a worker's overnight security shift with a paid extra.""")
a("""Nurse's note, care home Southport road, Ormskirk. Agency carer (Nigerian, 28) fainted on shift. She said she had worked 16 nights in a row because "agency says if I don't work I pay back my visa money". She is sharing a room with 3 other carers in a house the agency owns.""",
  "EO DB AC", "lh oc pa", "L")
a("""Press summary: two men from Lancashire were convicted of conspiracy to arrange the travel of women from Romania for sexual exploitation. The women were advertised on adult websites and housed in flats in Blackburn and Preston; they were told they owed money for travel and their earnings were taken.""",
  "DB WW", "", "S")
a("""Probation note: service user (female, 32) disclosed she was forced by her former partner to take out loans and open bank accounts in her name, which he used to launder money. She is now free of him and has a new address. Referred for support.""",
  "", "ncw", "C")
a("""GP note: patient is a 45-year-old Romanian man who has come for a fit note. He works on a turkey farm near Carnforth, lives in a farm cottage with 2 colleagues, paid well. He brought his passport for registration. No concerns.""")
a("""Caller wants to report that the Chinese restaurant in Kendal has a chef who never goes out; always there from 10am to midnight, and a man brings him to and from a house in the car. Caller saw chef try to speak to a customer and the manager pulled him away.""",
  "ISO EO", "lh et sfw iso", "L")
a("""Report: A British man, 19, autistic, was befriended online and told he could earn money by letting people use his bank account. He was given £100. Thousands went through his account. He was then threatened that his family would be hurt if he closed it.""",
  "AV IT DEC", "ncw", "C")
a("""Dear police I think the family next door keep a girl as slave. She looks about 12, she does not go school, she carry shopping and clean car and windows all day. She does not speak english. Sometimes the man shout at her very loud. Address is Pleckgate Rd Blackburn.""",
  "AV", "", "D", "h")
a("""Debrief. He said he met a man at a mosque in Athens who said there is good work in England at a car wash and the man would lend the money for the lorry. He owes £6,000. In England he was taken to Carlisle. He works at the car wash and lives in a room at the back with 4 others. Every week the man takes £200 from his £300. He says he could leave but he is afraid the man will hurt him because of the debt.""",
  "DB AC", "oc swp ncw", "L")
a("""INT 2/C/P: woman (Thai) working in a massage parlour in Blackpool is married to the British owner. She has told a customer she is not allowed to keep any money and he keeps her passport in a locked drawer.""",
  "WW ROD", "dt ncw", "L")
a("""Cumbria Constabulary call log. Walker on Scafell reported seeing "a group of foreign men camped on a hill farm with no tent". Officers attended: Duke of Edinburgh group from a school in Leeds, camping legitimately. No issues.""")
a("""Vietnamese lad, maybe 14 or 15, at the nail bar in Chorley doing pedicures on a school day. Looked worn out. Older woman watching him all the time.""",
  "AV", "pa", "L", "h")
a("""Organ: Intelligence received that a Lancashire-based man advertised on social media for "healthy kidney donors" aged 18-30, offering £20,000 and free travel to India. Two young men from Bolton believed to have travelled; one has not returned and family cannot reach him.""",
  "", "", "O")
a("""A man contacted Citizens Advice in Preston: his employer, a builders' merchant, is two weeks late paying him because of a cash flow problem. He is angry and wants his money. Advised ACAS. Not an exploitation case.""")
a("""INT 1/B/P. Travelling family group in Lancashire known to recruit homeless British men from soup kitchens in Manchester and Preston with offers of "work and a bed". Men used for tarmacking and paving across Lancashire and Cumbria, housed in caravans, given alcohol and £10 a day. Men who try to leave are beaten. One victim found with broken ribs.""",
  "AV DEC WW AC PSV", "plc ncw pa", "L")
a("""So I'm a social worker in Burnley and I have an Eritrean 16 year old placed with a foster carer, she's worried he goes missing every weekend to Manchester and comes back with money and clothes, he said he "helps a friend" — no detail yet. Just flagging.""",
  "AV", "", "", "h")
a("""Police log. Morecambe. Report from lifeguard that a group of Chinese men were seen out on the sands at dusk picking cockles as the tide came in, with a man on a quad bike shouting at them to keep going. They had no lifejackets. Coastguard informed.""",
  "AC", "", "L", "i")
a("""My husband's sister lives with us in Accrington since she came from Bangladesh, she helps with the kids and we pay her and she goes to college 3 days a week. Someone reported us to social services saying she was a slave. It's not true, she has her own room, her own money and her passport.""")
a("""Worker says boss keeps everyone's passports in the office safe. Car wash, Lancaster Rd, Preston.""",
  "ROD", "dt", "L")
a("""Minibus drops 12 lads at the Heysham recycling yard 5am, picks up 10pm, every day incl Sundays.""",
  "EO", "cedl lh et", "L")
a("""Girl, 15, getting into cars outside McDonald's Burnley most nights. Different men.""",
  "AV", "", "S", "h")
a("""Carer visa worker says she is happy in her job in Barrow and has no complaints.""")
a("""Nobody at the farm was locked in and all staff said they could leave whenever they wanted. GLAA found no indicators.""")
a("""Owner says he "looks after" the staff's wages and sends the money to their families for them.""",
  "WW", "ncw", "L")
a("""She never got her ID card back after the bank account was opened; the man who opened it still has the card and the ID.""",
  "ROD", "dt ncw", "")
a("""Kidney donor (sister of recipient) assessed at Manchester Royal Infirmary transplant unit. Informed consent, independent assessor interview completed, no coercion or payment. Approved by HTA.""")
a("""Intel: the lads at the takeaway on Church St Blackburn are made to pay £50 a week for the lift from the house to the shop. 3/C/P.""",
  "", "ct", "L")
a("""Officer note: victim refused to say where he is living. Says "they will know I talked". Appears scared. Cuts to knuckles. Polish, 50s, found at Preston bus station with nothing but a carrier bag.""",
  "", "pa fpe foa", "")
a("""Interpreter (Romanian): She says that the man who brought her to Blackburn told her that she would work in a bakery. She says that she never saw a bakery. She says that she was taken to a house where men came. She says that she was given a phone that only had his number in it and was not allowed to talk to the other girls. She says that he took everything the men paid.""",
  "DEC ISO WW", "iso ncw", "S")
a("""Hotel in Ambleside: night porter says the kitchen porters from agency X are picked up at 5 and dropped at midnight, and they've been asking him for food because they have no money. Manager says the agency pays them directly. Porter thinks the agency man takes their pay. One of them said "we give all to the boss, he pays the house".""",
  "WW EO", "cedl lh ncw", "L")
a("""Debrief account (translated from Arabic). I am from Sudan. In Calais a man said in England I will work in a restaurant in Manchester and have a room. I came in a lorry. In Preston a different man met me and took me to a car wash. He took my phone and said "you don't need, you will call from my phone". I worked from morning to night, every day. He paid me nothing for 2 months, then £50. He said I owe him £2,000 for the lorry. I sleep in a container behind the car wash. In winter very cold.""",
  "DEC ISO EO WW DB AC", "iso lh swp plc", "L")
a("""Police log, Workington. Report of a man being held in a house against his will. Officers attended: man was the occupier's brother, staying after a hospital stay, free to leave and confirmed so privately. No offences.""")
a("""The older man at the nail bar answered every question I asked the girl doing my nails and she didn't look up once. Later I saw her sweeping up at 10pm.""",
  "", "sfw", "L")
a("""INT 2/B/P: Cumbria. Dairy farm near Wigton employing 4 Ukrainian men. INT suggests farmer's son has told the men their visas depend on him and if they complain he will have them deported. Men work 14-hour days with one day off a month, and live in a converted cow shed.""",
  "IT EO AC AV", "lh plc foa", "L")
a("""Probation: service user states his uncle in Preston has been making him claim benefits in different names and hand over the money, and has his real passport. He says he cannot refuse because he lives in the uncle's house and has nowhere else.""",
  "AV ROD", "dt ncw", "C")
a("""Report on website: I think the lady who does the ironing at the house across the road is a slave. She is from the Philippines. Turns out I asked her and she said she works for 3 families in the village, gets paid by each, lives in her own flat in Kendal, and laughed at me. So I guess not but I wanted it on record.""")
a("""OFFICIAL. POI WRIGHT, Stacey. Known to invite vulnerable young women (care leavers, drug users) to stay at her flat in Blackpool and then tell them they owe her rent and must "work" it off by seeing men she arranges. 2/B/P.""",
  "AV DB", "", "S")
a("""Call handler summary: female caller from a hotel in Preston says her "manager" has her locked in room 214 and has taken her phone, she is using the hotel room phone. She says she was brought from Romania for work in a shop. Says he is coming back tonight and will "do something bad". Immediate response.""",
  "ROM ISO IT DEC", "rm iso", "", "i")
a("""Organ harvesting concern: Border Force, Manchester T1. Young Nigerian male (19) travelling with an older man to the UK for "medical tests". Letter from a private clinic in London saying he is a donor for the older man, who says they are cousins. Young man did not know the older man's surname and said he was told he would be given a job in London afterwards. Referred.""",
  "DEC", "", "O")
a("""A Polish lorry driver at Tebay services was crying in the café. He said his company had not paid him for 3 months and he was living in his cab and could not afford to go home. He has his own documents and phone. Referred to union and embassy.""",
  "WW", "", "L")
a("""Intel log: Op HAWTHORN. 1/A/P. Cannabis grow at a former pub in Haslingden. Male found inside (Vietnamese, says 16) with no shoes, had been there "since summer". Windows boarded, exit door screwed shut from outside. Male had cut hands. Placed in police protection.""",
  "AV ROM AC", "rm swp pa plc", "C", "i")
a("""Anonymous report via Crimestoppers: 'At the chicken factory in Skelmersdale the supervisor makes the women give him part of their pay or they don't get shifts. He also touches them. One woman was pushed against the wall.'""",
  "WW PSV IT", "", "L")
a("""Housing enforcement: Burnley. Back-to-back terrace with 7 Bulgarian adults living in 2 bedrooms. All work for different employers, pay rent to a private landlord who is not their employer. Overcrowding notice served. No exploitation indicators.""",
  "", "oc", "")
a("""We were 6 girls in the house in Preston. The boss, a woman called Mama Joy, said we owe €40,000 each for bringing us. Every night we go out, every morning give her money. If money is short she beats us and says the debt gets bigger. She has our passports.""",
  "DB WW PSV ROD", "dt ncw", "S")
a("""Voicemail left on Blackburn police 101: "hello I work at the Asian clothing factory and my boss is good, pays on time, I just want to know how to get my P60". Passed to HMRC advice.""")
a("""School nurse: Year 9 boy has been seen with large amounts of cash, has a second phone, and is absent on Fridays. Says he goes to "his cousin's in Kendal" to help out. Mum unaware. Boy has injury to hand he won't explain.""",
  "AV", "pa", "C", "h")
a("""Interpreter (Mandarin): He says that he paid a snakehead 200,000 RMB, borrowed from relatives. He says he worked in Chinese restaurants in Blackpool and Lancaster and was paid but most of it went to the snakehead's man in Manchester. He says he lived above the restaurant. He says that the restaurant owner was kind and he was not forced by the owner.""",
  "DB WW", "swp ncw", "L")
a("""Teacher: one of our sixth formers (18) has been offered a "modelling" job in Dubai by someone on Instagram who wants her passport details and says flights are paid. We've told her not to go. Information only.""")
a("""POI RAMA, Erion. 2/B/P. Moves Albanian women between short-let flats in Preston, Lancaster and Carlisle every 3-4 days. Women have no phones of their own; RAMA holds them and answers client calls. Women are never left alone outside.""",
  "ISO ROM", "iso rm et sfw", "S")
a("""A woman rang the Salvation Army from a phone box in Penrith. She said she looks after an old man in his house for his son, who told her she'd be paid £500 a month. She has had £100 in 8 months. She is not allowed to leave the house except to walk the dog. The son told her if she left she would be arrested for stealing.""",
  "DEC WW ROM IT", "rm", "D", "h")
a("""Blackpool. Call about men sleeping in a car park behind a guest house. Officers found 3 men from Sudan who had recently been granted refugee status and evicted from Home Office hotel. Referred to council housing options. No exploitation.""")
a("""Safeguarding referral, adult: Alan, 49, with a learning disability, has been living with a couple in Dalton who have him working on their smallholding every day feeding animals and mucking out for his keep. He gets no money. His benefits are paid to them. He sleeps in an outbuilding. He says he likes the animals.""",
  "AV WW AC", "ncw plc", "L")
a("""INT 3/C/P. A takeaway in Keswick is said to have a worker who has "bought" his job from the owner for £8,000 and works for nothing until it's paid back. Unverified.""",
  "DB WW", "uf", "L")
a("""A&E Carlisle. Woman, 25, Polish, domestic assault by husband. Both employed at local factory. DASH high. MARAC referral. No exploitation indicators.""")
a("""they said they would kill my brother in albania if i dont keep working in the weed house. they showed me a video on phone of a man beaten with a bat and said that is what happens to people who run""",
  "IT", "", "C")
a("""GLAA licence inspection, Preston labour provider: pay records accurate, no unlawful deductions, workers provide own transport, no accommodation supplied. One worker had been charged for a replacement ID badge (£5), refunded. Licence retained.""")
a("""CSE disclosure, via school counsellor. Year 10 girl says a group of men from Rochdale pick her and her friend up from Accrington and take them to a house where they give them drink and drugs and make them "do stuff" with men. She says they said they'd post pictures if she told.""",
  "AV PSV IT", "", "S", "h")
a("""INT 2/B/P. Warehouse, Chorley. Agency "Apex Staffing" (unlicensed) placing workers with no right to work, charging £400 for "papers" (fake ID). Workers are told that if they complain Apex will report them to immigration. Workers paid £5/hr cash.""",
  "AV IT", "uf foa", "L")
a("""I came from Eritrea to Italy then UK. I am in Blackburn now, I have my refugee status. I work in the car wash, the boss pays me every week and I have my own room. I want to learn English. I am telling you because the last man asked me if I am a slave and I said no.""")
a("""Victim debrief (transcribed). 'She said the job was looking after her mum in Lancaster. When I got there, it was her mum, her brother, her kids, everyone. I did everything. I was up in the night with the mum, then all day cleaning. I slept on a chair next to the mum's bed. I had no days off in a year. She gave me £100 a month "because you get food and a bed". She had my passport because "for the visa".'""",
  "DEC EO WW ROD AC", "lh dt swp", "D")
a("""Bank alert: a customer (male, 20s, Vietnamese) came in with a man who had his bank card and asked to withdraw the balance. When staff tried to speak to the customer alone, the man said he spoke no English and refused. Same man came in with two other young men the next week.""",
  "", "sfw ncw", "")
a("""Three men found in a lorry at Carlisle services. Iranian, say they paid a smuggler in Belgium and are claiming asylum. No work arrangements mentioned. Handed to immigration. No indicators of trafficking at this time.""")
a("""INT 2/B/P. Hand car wash, Workington. Staff all Albanian, sleep in a flat above the car wash owned by the boss. Staff are not paid, told their wages are paying off the boat. One worker has a broken arm that was never treated.""",
  "WW DB AC", "swp pa", "L")
a("""Online report (spelling as submitted): thers a girl in the flat above mine in blackpool shes only like 16 and diffrent men come in all nite and one of them was shouting at her saying she owes him and has to do it. i herd her screamin last nite""",
  "AV DB", "", "S", "i")
a("""Officer handover: today's welfare visit at the Morecambe nail bar went fine. Both workers spoken to alone with an interpreter. Both said they are paid properly, live with their partners, have their passports, and are not in debt. No further action but keep an eye.""")
a("""Financial investigator note: 23 bank accounts opened by Romanian nationals giving addresses in Preston; all debit cards sent to one house on Deepdale Rd; cash withdrawn using several cards at a time at the same ATM. Account holders work at a meat factory via an agency. Control of wages suspected.""",
  "", "mbc ncw", "L")
a("""Mum of 3 in Nelson reports her ex is not paying child maintenance. Advised CMS. No police matter.""")
a("""Interview (via Language Line). 'I was told I was going to marry a British man and have a good life. When I got to Bradford his family locked me in and I had to cook and clean for everyone. Then they moved me to Blackburn. My husband raped me. His mother kept my visa papers. I could not phone my family.'""",
  "DEC ROM PSV ROD ISO", "rm dt iso", "D")
a("""Licensing officer Carlisle: pop-up massage shop opened in empty unit. No licence. On visit two women found living on site in back room on camp beds, no kitchen. A man arrived and said he was the "manager" and translated for them. Women did not want to speak.""",
  "AC", "swp plc sfw foa", "L")
a("""Ok so I want to report my boss, he pays us late sometimes and shouts. But we can go when we want, we have our passports, the house is ok. I just want him to stop shouting. Car wash in Accrington.""")
a("""Int 2/B/P: A woman from Bolton is renting her spare room to Vietnamese nail technicians for £150 a week each, 5 in a room; the technicians are brought by a man who pays the rent from their wages and gives them £20 a week.""",
  "WW AC", "oc ncw", "L")
a("""A Romanian man, 60, is seen begging outside Lancaster station daily. He told a rail worker that his "nephew" brings him at 7 and takes him at 7 and takes the money, and that he has bad legs and can't walk far. He has no coat.""",
  "AV WW", "cedl et ncw pa", "C")
a("""Young Pakistani student, 22, came to the police station in Preston upset that her landlord has kept her deposit. Civil matter, advised. No exploitation.""")
a("""Nurse, sexual health clinic, Blackburn: patient (female, 19, Romanian) attended with a man who paid. She has had 3 STIs this year. She told the nurse she "works in a flat" and gives the money to her "boyfriend" who has her ID card. She says she has sex with 8-10 men a day. She is afraid he will hurt her mother.""",
  "WW ROD EO", "dt ncw foa lh", "S")
a("""INT 2/C/P: Slovak family in Accrington making their teenage daughters (14, 15) marry older men in the UK for money. Girls kept at home, not allowed to school. FM and child exploitation concerns.""",
  "AV ROM", "rm", "S", "h")
a("""Debrief note (Medaille Trust). Ms T, Ghanaian, 38. Worked 4 years as domestic worker for a family in a large house near Lytham. Duties 6am to 11pm, 7 days. Not paid; told her pay was being sent to her sister in Accra (sister received nothing). Had to sleep in the utility room. Slapped by the wife. Locked in when family went on holiday.""",
  "EO WW AC PSV ROM", "lh swp ncw rm", "D")
a("""A man told me at the food bank in Burnley that he works at a scrap yard and gets paid in cash, but only £20 a week because the boss says the rest covers his room and his debt. He says the boss has his Polish ID card.""",
  "WW DB ROD", "dt", "L")
a("""Workington: 15yo boy stopped in possession of crack cocaine wraps. Stated to officers he was "working for a man in Liverpool" who would "do him in" if he lost the gear. Arrested, then treated as victim, NRM referral made.""",
  "AV IT", "", "C", "h")
a("""Hi I work at a Lakes hotel and I want to say the staff from Nepal we have are really good and the company treats them well. They have their own rooms, time off and their own money. They asked me to leave a review for the agency. So here it is.""")
a("""OIC note: Op TIDEWAY. Victims (x7 Chinese males) rescued from Flookburgh cockle beds operation. All state they were made to work every tide including nights, given rice only, slept 7 to a caravan, charged for waders and rakes, and had passports taken by POI LIN on arrival. LIN said they would be drowned if they spoke to police.""",
  "EO AC ROD IT", "lh oc ppe dt plc", "L")
a("""Reported to police: A woman in Barrow says a man she met online has persuaded her to let him move into her flat and is now selling drugs from it. She has asked him to leave. He says "I'll go when I'm ready" and has taken her phone. She has mental health problems.""",
  "AV ISO", "iso", "C")
a("""Kidney transplant in Istanbul: patient from Preston, 58, returned with complications; he says he bought the kidney from a young Syrian man in a refugee camp for $10,000 through an agent. The Syrian man was told he'd be paid $10,000 but the agent gave him $2,000.""",
  "DEC WW", "", "O")
a("""GLAA: Mushroom farm in Lancashire. Workers supplied by a Lithuanian gangmaster. Workers said they had to pay £250 for the job, £40 a week for transport and £70 for PPE. Gangmaster keeps bank cards "for safety". Workers say they are afraid of losing the job and being sent home.""",
  "WW", "uf ct ppe ncw foa", "L")
a("""Police log Burnley: female reports her cleaner has stolen jewellery. Cleaner (British, self-employed) arrested. Not exploitation.""")
a("""A young woman with a Slovak accent knocked at the back door of our farmhouse in Eskdale in the early hours, soaking wet and barefoot. She said she'd escaped from a caravan on the next farm, where the man kept her and two other women locked in at night and made them pick fruit all day. She said he hit her with a belt when she was slow. She had nothing with her.""",
  "ROM PSV", "rm pa fpe", "L", "h")
a("""Note from a parent at a school in Kendal: 'my son's friend (Year 8) has been staying out and his mum says he's okay, he's with his uncle who runs a chippy. I don't think anything is wrong, just he's young to be working in a chippy after school.' School followed up: boy helps on weekends for 2 hours, paid, family business. No concern.""")
a("""INT 1/B/P. Albanian organised crime group in Preston recruiting Albanian men in debt to smugglers to work as "gardeners". INT suggests those who refuse are told their sisters back home will be sold. Gardeners are supplied with food and live in the grow. Estimated 15 grows.""",
  "DB IT", "swp", "C")
a("""Interpreter (Polish): He says that the man who met him said he would have good work in Lancashire, £400 a week. He says that he was given only £30 a week, the man said the rest was for the house. He says that he lived with 15 men in a 4-bedroom house. He says the man had a list and took everyone's pay every Friday.""",
  "DEC WW AC", "oc ncw", "L")
a("""Cumbria, call log: Woman reports her partner, a farmer, has had an accident with a quad bike. Ambulance attended. No concerns.""")
a("""Summary of a call to the helpline: a man said his friend, a Romanian, works at a car wash in Carlisle and the owner took his passport "to register him" and has still got it after three months. Friend is paid £40 a day. Friend is not locked in and goes home each night.""",
  "ROD", "dt", "L")
a("""In Vietnam they told me the work in England is in a restaurant. They took me to a house full of plants. A man came every few days and locked the door. He said if I leave the triads will find me and my father. I was sixteen.""",
  "DEC ROM IT AV", "rm", "C", "h")
a("""Police log, Blackburn: report that Indian students are working 50+ hours a week in a warehouse in breach of visa conditions. Students say they chose to, they need the money, paid by the agency to own accounts. Referred to Home Office compliance. No exploitation.""")
a("""A&E, Royal Preston. 22F with facial bruising. She said her "boss" at the nail bar hit her because she dropped a bottle. She is Vietnamese and her English is limited. She said she cannot go home because the boss has her passport and she owes money. Boss was waiting in the car park.""",
  "PSV ROD DB", "pa dt", "L", "h")
a("""Helpline note: caller worried about her own son (20, British) who has gone to work on a fishing boat in Scotland; he's not replied for 2 days. Later called back: son had no signal at sea and is fine, well paid. No concern.""")
a("""POI: HUSSAIN, Tariq. 2/B/P. Lets rooms above his takeaway in Nelson to Bangladeshi men who work in the takeaway. INT suggests he has told them they cannot leave until they have repaid £10k each for their visas, and he deducts this from their pay so they receive around £50 a week.""",
  "DB WW", "swp ncw", "L")
a("""Cockle picker licence checks at Hest Bank by GLAA and police. 22 pickers, all with valid permits, own vehicles, working in family groups. Safety briefing given. No exploitation.""")
a("""She says they took her phone on the first day and she only had a number for the driver. She says she did not know which country she was in for the first week.""",
  "ISO", "iso", "")
a("""Report from a bus driver on the 555 (Lancaster–Keswick): the same group of young Asian girls are put on the bus at Lancaster by a man each morning and met by another man at Windermere. They never have money for the fare; the man pays. Looks controlled. Workplace unknown.""",
  "", "et", "")
a("""Neighbour says they hear screams from the house on Ribble Rd most nights; police attended and found a couple arguing about money. No third parties in the house, no signs of anyone being held against their will. Words of advice.""")
