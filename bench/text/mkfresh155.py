#!/usr/bin/env python3
"""Hand-written police intelligence log texts for Sightline (set 155).
Each a(...) call holds one hand-written text and its labels (short codes mapped below).
Risk is given by hand ('I' immediate, 'H' high) or derived from the labelling rules."""
import json, os, atexit
IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement", iso="isolation",
           psv="physical_sexual_violence", it="intimidation_threats", rod="retention_of_documents",
           ww="withholding_wages", db="debt_bondage", ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", is_="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", DS="domestic_servitude", OH="organ_harvesting")
PAIR = [("rod", "dt"), ("rom", "rm"), ("eo", "lh"), ("iso", "is_")]
D = []
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh155.jsonl")
def a(text, i="", s="", e="", r=None):
    inds = i.split(); sigs = [("is_" if x == "is" else x) for x in s.split()]; typs = e.split()
    for ind, sg in PAIR:
        if ind in inds and sg not in sigs: sigs.append(sg)
        if sg in sigs and ind not in inds: inds.append(ind)
    auto = "low"
    if inds or typs: auto = "medium"
    if "psv" in inds or "S" in typs or ("it" in inds and "rom" in inds) or len(inds) >= 3: auto = "high"
    risk = {"I": "immediate", "H": "high", "M": "medium", "L": "low", None: auto}[r]
    D.append(dict(text=" ".join(text.split()) if "\n" not in text else text.strip(),
                  indicators=[IND[x] for x in inds], signs=[SIG[x] for x in sigs],
                  exploitation=[TYP[x] for x in typs], risk=risk))
def _write():
    out = OUT
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            f.write(json.dumps({"id": "f155-%03d" % n, **d}, ensure_ascii=False) + "\n")
    print("wrote", len(D), "to", out)
atexit.register(_write)
# ---- part 1 ----
a("2/B/P. INT suggests NGUYEN Van THANH (DOB 04/11/2006) residing at flat above nail bar, High St. Works 0900-2100 seven days, no wage, 'boss sends money to family in Vietnam'. Passport held by shop owner TRAN. Corroborated by 2nd source.",
  "av eo ww rod", "ncw", "L", "H")
a("3/C/P. Single source. Anon INT: male believed to be dealing cannabis from VRM KX19 HBF outside Co-op, Elm Rd, evenings. No further detail.")
a("1/A/C. HC condition: not for disclosure to subject or 3rd parties without ref to source handler. POI MURPHY Declan (DOB 17/02/1989) storing stolen power tools in garage at rear of 14 Ash Close. Tools from series of van break-ins, Oct.")
a("2/C/P. INT suggests female IP, Romanian, approx 20s, at 'massage' premises Station Parade. Collected by vehicle VRM WU68 OLK 0930, dropped 0300. Never seen alone. Rumoured to owe 'agent' for flight.",
  "rom db", "ced et", "S")
a("INT LOG 3/C/P — single source. Nom KOWALCZYK Piotr (DOB 02/06/1979) drink-driving, believed driving daily despite ban. VRM LD11 FTT, blue Transit.")
a("2/B/C (condition: sanitised, source at risk if content disclosed). INT suggests POI DRAGOMIR Ionut (DOB 30/09/1985) runs 12-14 Romanian males on building sites, Mill Lane development. Wages into bank accts opened by DRAGOMIR, cards held by him. Workers given GBP 50/wk. Housed 3-bed, approx 14 occupants, mattresses on floor.",
  "ww ac", "ncw oa plc mbc", "L", "H")
a("3/D/P. Uncorroborated. Neighbour dispute, 22 Beech Grove v 24 Beech Grove, hedge and CCTV pointing at garden. No crime disclosed.")
a("1/B/P. INT suggests BEGAJ Arben (DOB 11/01/1994), Albanian national, tends cannabis grow at 7 Orchard Terrace. Electrics bypassed, windows blacked out. BEGAJ not permitted to leave, door padlocked from outside, food brought weekly. Told he owes GBP 18k for journey by lorry.",
  "rom db ac", "", "C", "I")
a("2/B/P. Corroborated (x2 sources). POI LEWIS Jordan aka 'JAY' (DOB 21/05/2001) running 'Jay line', deal phone 07xxx ending 442. INT suggests two local juveniles, 14 and 15 yrs, used to run bags to Coastal town, kept in addresses for days. Juveniles missing from home x3.",
  "av", "", "C", "H")
a("2/A/P. Shoplifting, Boots, Market St, 14:10. Suspect female, 40s, known to store staff. Items returned. Suspect cooperative at scene. No other concerns.")
a("3/C/P. Single source, untested. INT suggests hand car wash, Bridge St (former petrol stn), workers paid properly and on payroll, owner ALI Sameer (DOB 08/08/1975) reported for unlicensed waste water discharge only. No welfare concerns raised by source.")
a("2/C/C — HC condition: do not action without ref to DS 4412. INT suggests female IP (Nigerian, 19) brought via Italy on promise of hairdressing apprenticeship, now advertised on adult site. Owes 'madam' EUR 35,000. Juju ceremony before travel; believes family will die if she talks.",
  "dec db it", "", "S")
a("VRM YF64 RRO sighted at Shell garage, A38, 0425, occupants x6 males in hi-vis, driver pays. INT suggests vehicle regularly collects workers from 19 Victoria Rd for packhouse early shift. 2/C/P.", "", "ced", "")
a("1/A/P. POI HUSSAIN Tariq (DOB 14/04/1992) arrested s18 GBH, victim stabbed outside Kebab house 02:15. Weapon recovered. Dispute over debt re vehicle sale.")
a("2/B/P. Corroborated by CCTV. INT suggests 'pop-up' brothel, Airbnb, Flat 12 Riverside Quay, changing weekly. Two Chinese females, no English, controller male LIN (DOB unk) holds phones and books clients. Females not seen to leave flat.",
  "iso rom av", "", "S", "H")
a("3/C/P. Anon online report passed to INT: 'man in red Golf selling weed to school kids at bus stop'. VRM partial 'RK..'. Unable to verify.")
a("2/B/P. INT suggests elderly male IP (80s) at 3 Fern Walk cuckooed by POI GRANT Kyle (DOB 03/03/1998) and associates, using address to cut and bag crack. IP has dementia. Bank card taken, pension drawn by GRANT.",
  "av", "ncw", "C", "H")
a("2/B/C. Condition: intelligence not to be used evidentially. POI PATEL Hitesh (DOB 19/12/1969) food factory owner, Unit 4, Trade Park. Indian nationals on 'student' visas working 70hrs/wk, sleeping in storage room above factory, charged GBP 80/wk for 'bed'. Passports in office safe.",
  "eo ac rod av", "saw plc", "L", "H")
a("Graded 3/C/P. Report of loud music and suspected drug use at HMO, 61 Queens Rd. Council aware. No further INT.")
a("2/C/P. INT suggests POI CONSTANTIN Marian (DOB 15/07/1990) drives Romanian females to shopping centres in VRM MV17 XDA. Females shoplift to order, hand goods to CONSTANTIN at car. Females kept at his address, given no money.",
  "ww rom", "et", "C", "H")
a("2/B/P. Domestic incident, 44 Rowan Way. Nom BAKER Stuart (DOB 28/10/1983) verbal argument with partner, no injuries, no children present. DASH standard. Both adults, both work. No exploitation concerns.")
a("3/C/P. Uncorroborated INT suggests males at Green Valley Farm, Lower Road, 'never have days off' during picking season, six days a week 12 hr shifts. Source unsure if paid. Accommodation caravans on site.",
  "eo", "", "L")
a("1/B/P. INT suggests POI ZHANG Wei (DOB 02/02/1980) runs chain of takeaways; staff recruited from China with promise of chef training, put to washing-up 14hrs/day, 'wages' GBP 200/month paid 'at end of year'. Staff sleep in flat above shop, 6 to a room.",
  "dec eo ww ac", "saw oa", "L", "H")
a("2/A/P. Burglary dwelling, 9 Larch Rd. Entry via rear patio door, jewellery and laptop taken. Suspect vehicle grey Astra VRM partial 'BD6'. House-to-house completed.")
a("2/B/C. HC condition: sensitive source, no dissemination outside MSHT unit. INT suggests Slovak family group (SIROKY) recruiting vulnerable males in Kosice with learning difficulties, bringing to UK for warehouse agency work. Agency pay into accounts controlled by SIROKY. Males live in one house with SIROKY family, not allowed out alone.",
  "av ww rom", "ncw", "L", "H")
a("3/D/P. Unverified. Caller states neighbour 'works all hours at the chippy' and 'looks tired'. Checks: neighbour is co-owner of business, British national, no concerns.")
a("2/C/P. INT suggests Eritrean male IP (17) working car wash, Canal St. Arrived by lorry 2 months ago. Says 'uncle' arranged job, owes him for Libya crossing. Paid nothing until debt cleared.",
  "av db ww", "", "L", "H")
a("1/A/P. Arrest: POI OKAFOR Chidi (DOB 09/09/1991) fraud by false representation, bought goods online with cloned cards. 27 bank cards in names of others recovered from VRM HN20 BUO.", "", "mbc", "")
a("2/B/P. Corroborated. Females IP x3 (Thai) at 'Sunny Spa', Mill St, living on premises, sleeping on massage tables. Controller takes all cash, gives 'tips' only. Not permitted to keep phones. Owe GBP 20k each for visas.",
  "ac ww iso db", "saw", "S", "H")
a("2/C/P. INT suggests POI MALIK Imran (DOB 05/05/1996) supplying cocaine in Westside area, deal line 'Mo'. Uses hire cars. No INT re use of young persons at present.")
a("3/C/C. Condition: do not disclose to Local Authority without ref. Single source. INT suggests Polish male IP sleeping in shed at rear of 5 Brook St, works for homeowner's roofing business. Was assaulted by employer when asked for wages. ID card 'lost' by employer.",
  "psv ac ww rod", "saw", "L", "H")
a("2/A/P. Theft from motor vehicle x4, Meadow Car Park. Catalytic converters. Suspect van VRM FJ07 KLP, false plates.")
a("INT 2/B/P: POI SULTANA Rehana (DOB 12/12/1971) employs Bangladeshi female IP as 'housekeeper' at 18 The Avenue. IP cooks, cleans, minds 3 children 0600-midnight, sleeps on kitchen floor, no days off. IP passport kept by SULTANA 'for safety'.",
  "eo ac rod", "", "DS", "H")
a("INT LOG — OFFICIAL-SENSITIVE — Grading 2/B/P\nOp HALYARD (Class A supply, west of county).\n\nNOM DAVIES Marcus (DOB 13/09/1990), VRM WK17 HZO (grey Golf). NOM OYELARAN Femi (DOB 02/02/1993). NOM RILEY Chantelle (DOB 21/06/1995).\n\nINT suggests DAVIES is main supplier of cocaine to pubs in the town; OYELARAN collects cash weekly; RILEY, DAVIES's partner, holds cash at her flat, 6 Linden Ct. Source states all three are adults acting for their own profit and share proceeds. No INT of young persons, cuckooed addresses or anyone being made to work for the group.\n\nSeparately, RILEY reported a burglary at Linden Ct last month — believed linked to a rival and not reported fully.\n\nDevelopment: ANPR on WK17 HZO, telephony on deal line. Corroborated in part by test purchase.")
a("2/C/P. INT suggests young females from local children's home (aged 14-15) picked up by males in VRM PE18 YTR and taken to parties at 27 Coburg St, given alcohol and cannabis, sexual activity with older males.",
  "av psv", "", "S", "H")
a("Grading 2/B/P. INT suggests POI ADEYEMI Folake (DOB 23/03/1977) arranging travel of Nigerian males to UK for 'private kidney donation' at overseas clinic; donors told they will get GBP 5k and a job after. One male returned with scar, unpaid.",
  "dec ww av", "pa", "OH", "H")
a("3/C/P — single source, untested. Report of aggressive begging outside Tesco Extra by 2 males, believed Romanian. Source believes they are dropped off and collected by a van each day. Nothing further re control.", "", "ced", "")
a("1/A/P. INT suggests nom HOXHA Ermal (DOB 07/10/1997) sub-letting 4 rooms at 88 Tower Rd to Albanian males, cash rent, no tenancy. All males hold own ID, work at various car washes, come and go freely. Immigration matter only — referred to HO ICE.")
a("2/B/C (C = restricted to MSHT Coordinator & LA Safeguarding Lead). INT suggests child IP, Vietnamese, approx 15, found in loft of cannabis factory, 41 Gordon Ave, during warrant. Malnourished, no shoes, says 'uncle' locked the hatch. Phone none. IP now in LA care; risk of going missing to traffickers.",
  "av rom ac iso", "pa fpe", "C", "H")
a("2/A/P. Fail to stop RTC, Kings Rd jnc Queen St, 17:40. Offending vehicle VRM AV15 ZZR white Fiesta. Registered keeper traced.")
a("INT 3/C/P. Single source. POI BALOGUN Tunde believed to hold multiple SIMs and 'several girls' working from hotel rooms near airport. No details of girls' ages or circumstances. Further development required.",
  "", "", "S")
a("2/B/P. Corroborated by GLAA. Labour provider 'FreshHands Ltd' (unlicensed) supplying Bulgarian workers to salad packhouse. Workers charged GBP 250 upfront 'registration' and GBP 10/day minibus. Workers say hours fine, paid to own accounts. Licensing offence only — no forced labour INT.",
  "", "uf ct")
a("2/C/P. INT suggests female IP (Filipino, 30s) employed as nanny by diplomatic household, 3 Embassy Gardens. Not allowed out except to walk children, with driver. Phone confiscated. Employer's wife slaps her when displeased. Paid nothing for 5 months, 'salary sent to Manila agency'.",
  "rom iso psv ww", "et", "DS", "H")
a("Grade 1/A/P. POI JONES Carl (DOB 01/01/1986) breach of non-molestation order, attended ex-partner's address. Arrested. CPS advice sought.")
a("2/B/P. INT suggests 'Baltic' gang (lead nom VAITKUS Darius, DOB 13/06/1982) recruits homeless Lithuanian males at soup kitchen, promises GBP 10/hr in meat factory. Males' wages paid into accts VAITKUS opened using their ID. Males get food and cigs only. 9 males at 3-bed, 15 Princess St.",
  "av dec ww ac", "ncw oa mbc", "L", "H")
a("3/C/P. Uncorroborated. Caller reports car wash on Heath Rd 'always full of workers, looks dodgy'. Officer visit: 4 staff, all on PAYE with payslips, own accommodation, own passports shown voluntarily. No concerns.")
a("2/B/P. INT suggests juvenile male IP 'T' (16) missing from care, currently held at unknown address in seaside town by county line 'Smokey'. Posted on Snap with stab wounds to leg. Line holders told him he owes GBP 2,000 for lost drugs after staged robbery.",
  "av psv db", "pa", "C", "I")
a("2/C/P. INT suggests POI SINGH Jaswinder (DOB 16/08/1968) employing Indian chefs at restaurant, Curry Mile, on 'sponsorship' visas. Sponsor licence conditions breached (pay under threshold). Staff keep own docs and live independently. Referred to UKVI compliance.")
a("1/B/C — HC condition: for intelligence purposes only, not to be put to suspect in interview. INT suggests POI MUCA Gentian (DOB 29/02/1992) controls Albanian women in brothels across county; women kept in rented flats, rotated every 2 weeks, phones removed, told families in Tirana will be visited if they talk.",
  "rom iso it", "", "S", "H")
a("INTELLIGENCE REPORT — Grading 1/B/C. Handling condition: not to be disclosed outside MSHT unit and GLAA without ref to the source handler (source could be identified).\n\nSubject: NOM MARINESCU Viorel (DOB 30/05/1981). Labour provider, unlicensed. VRM NX66 BAA (white Vivaro, 9-seat).\n\nINT suggests MARINESCU supplies 20-25 Romanian M to a salad packhouse near Spalding via a licensed agency that sub-contracts to him. Workers recruited from villages near Bacau, each paying EUR 400 for the 'place'. On arrival told wages GBP 9/hr not GBP 11 as promised. MARINESCU deducts GBP 12/day for the minibus and charges GBP 35 for boots and hi-vis. Workers housed in 2 terraced houses, Park St, 10-12 per house, some on floor. Workers say they have only the clothes they came in and a carrier bag each.\n\nWorkers keep their own ID cards. No INT of violence or threats.\n\nCorroborated by GLAA intelligence (ref withheld).",
  "dec ac", "uf ct ppe oa fpe", "L")
a("3/C/P. Source reports Chinese male IP at recycling yard, Gas Works Lane, 'lives in the portakabin' on site, works nights sorting. Unclear who employs. Not seen outside yard.",
  "", "saw", "L")
a("2/B/P. INT suggests POI BOGDAN Cristian (DOB 22/01/1988) + partner MOLDOVAN Ana manage 3 Romanian disabled males begging at city centre. Males dropped 0700, collected 1900 in VRM EO14 FGS, cash handed to BOGDAN on collection. One male seen being kicked by BOGDAN.",
  "av ww psv", "ced", "C", "H")
a("2/A/P. Drugs possession, nom CLARKE Leon (DOB 30/04/2003), stop search Park Rd, 3 wraps cannabis. Community resolution.")
a("INT 2/C/P: female IP (Polish, 40s) cleaning at care home via agency, says agency deducts 'housing' 'transport' 'uniform' so takes home GBP 30-40/wk for 60hr weeks. Housed by agency in caravan with no heating. Agency manager holds her ID card.",
  "ww eo ac rod", "ppe ct plc", "L", "H")
a("3/D/P. Unverified. Online rumour that 'people are being sold for organs' at a clinic in Harley area. No names, no dates, no victims identified. Nothing to support.")
a("2/B/P. Corroborated. POI AKHTAR Nasreen (DOB 09/04/1965) arranged marriage of niece IP (17) to UK national in Pakistan, IP brought to UK and kept at in-laws' address, does all housework, not allowed to attend college, beaten by mother-in-law.",
  "av rom psv", "", "DS", "H")
a("1/A/P. POI FERNANDES Rui (DOB 11/11/1979) theft of diesel from plant at construction site, Sandy Lane. Caught on site CCTV. No connection to workforce issues.")
a("2/C/P. INT suggests Vietnamese females at nail bar 'Lucky Nails', Church St, brought in by POI DO Thi Lan (DOB 02/07/1983), told debt of USD 30,000 for travel 'goes up every month' with rent and food. Work 10-8 six days. Living above shop.",
  "db eo", "saw", "L", "H")
a("2/B/P. Grading 2/B/P. Missing person, adult female, found safe and well at friend's address, left due to family argument. No exploitation indicators identified on return interview.")
a("2/B/C. Condition: source sensitive, do not act in isolation. INT suggests fishing vessel 'ISLA MARIE' (port Newlyn) crew incl. Ghanaian & Filipino nationals on transit visas, kept on board in port, not permitted ashore, 20hr shifts at sea, skipper holds seamen's books.",
  "rom eo rod", "", "L", "H")
a("3/C/P. Single source. INT suggests POI REID Aaron (DOB 10/06/1990) selling counterfeit tobacco from market stall. No further.")
a("2/B/P. INT suggests teenage female IP (16) in relationship with POI KHAN Adil (DOB 14/01/1996), 29. Given gifts, mobile, then 'passed' to KHAN's friends for sex at hotel on Ring Road. IP told that if she tells her mum, photos will be put online.",
  "av psv it", "", "S", "H")
a("1/B/P. Harassment, nom WATTS Lisa (DOB 19/07/1978) repeated calls to former employer after dismissal. Words of advice.")
a("2/C/P. INT suggests 'agent' POI POPESCU Vasile (DOB 28/11/1974) takes Romanian labourers' ID cards to register them for NI numbers and bank accounts, never returns them. Workers on demolition site, Quay St.",
  "rod", "", "L")
a("3/C/P. INT suggests high volume of cash deposits at Barclays, Market St, by male depositing into 8 different accounts weekly. Fin INT referral. Nature of funds unknown.", "", "mbc", "")
a("2/B/P. INT suggests Sudanese male IP (24) working as kitchen porter, Grill House, Station Rd. Says 'cousin' who got him the job keeps his wages to pay back travel from Calais; he has 'paid GBP 3,000 and still owes 4'. Sleeps in cousin's car.",
  "db ww ac", "plc", "L", "H")
a("1/A/P. Assault ABH at Blue Anchor PH, Fri 23:30. Victim male, 34. Suspect bouncer. CCTV seized.")
a("2/B/C (condition: disclosure only to NRM single competent authority). IP (Eritrean female, 22) debrief: travelled via Libya, held in warehouse there and raped, sold on; in UK worked in house of 'sponsor' without pay, cleaning and childcare.",
  "psv ww", "", "DS", "H")
a("2/C/P. Anti-social behaviour, youths on motorbikes, Greenfield estate. Local NPT aware. No further.")
a("2/B/P. INT suggests POI KAUR Manjit (DOB 03/05/1960) employs 'relative' from Punjab (female, 50s) as live-in carer for her elderly father-in-law, no pay, no time off. IP speaks no English, does not know the address, never leaves house.",
  "ww eo av iso rom", "", "DS", "H")
a("[3/C/P] Single source. Poss. cannabis smell, 12 Cedar Ct. Occupant unk. No INT re workers/gardener.")
a("[2/B/P] VRM GK66 TWA (silver Sharan) — 0545 pick-up x9 males, 19 Albert St -> Unit 7, Hilltop Ind Est (ready meals). Return 2230. Workers seen handing cash to driver. INT suggests GBP 15/day 'lift money' deducted.",
  "", "ced ct", "")
a("[1/A/C] HC cond: no onward dissem w/o SIO auth. POI LULAJ Besnik (DOB 06/06/1990). Cannabis grow x3 addresses. Gardeners Albanian, irregular, 'owe for the lorry'. Gardeners not let out — LULAJ holds keys. Source present at address.",
  "db rom av", "", "C", "H")
a("[2/B/P] Theft of pedal cycle, uni campus. Bike recovered on Gumtree. Seller nom PRICE Jake DOB 12/12/2000. NFA vic withdrew.")
a("[3/C/P] INT: F, Vietnamese, approx 16-17, nail bar 'Diamond Nails', Queen St. Always in shop when open/closed. Brought/taken by older male. No English. Uncorroborated.",
  "av", "et", "L", "H")
a("[2/C/P] Nom DIMITROV Stefan DOB 14/02/1987. Benefit fraud — UC claims x11 in names of Bulgarian males, payments to accts DIMITROV controls. Males unaware of claims, work for him on farms, get GBP 30/wk.",
  "ww", "ncw mbc", "L C", "H")
a("[1/B/P] Missing from home, M, 15. Located in Bristol in company of older males, 2 phones, GBP 600 cash, bag of wraps. Earlier INT: owes 'Zed' for seized package. Return interview declined.",
  "av db", "", "C", "H")
a("[2/A/P] Fraud — courier scam, elderly victim, 87. GBP 4,000 handed to courier. Suspect vehicle VRM OY12 KCE. Not MSHT.")
a("[2/B/P] IP (M, Polish, 52, alcohol dependent) recruited at bus stn by POI WISNIEWSKI Marek DOB 23/07/1981. Block paving, 7 days. Paid in vodka + GBP 10. Sleeps in van. Hit with shovel handle when refused work.",
  "av ww ac psv eo", "plc", "L", "H")
a("[3/C/P] Anon. 'Eastern Europeans in Airbnb next door, lots of men coming and going'. Checks: contractors on short-term rail job, housed by main contractor, no issues.")
a("[2/B/P] Organised immigration crime. Small boat arrivals, facilitator nom ROSTAMI Kaveh. Migrants paid in full in France. No INT of onward exploitation in UK.")
a("[2/B/C] Cond: not for disclosure in court proceedings. POI MIRZA Faisal DOB 01/09/1984. Takeaway x2. Staff (Pakistani M x4) recruited via village agent, PKR 800,000 fee each, told 'skilled worker visa' then in UK no visa. Passports 'with the solicitor'. Threat: 'report you to Home Office'.",
  "dec rod it av", "uf foa", "L", "H")
a("[2/B/P] Shop theft series, Primark, 3 females, early 20s, Romanian. Driver waits outside VRM WV09 LLE. INT suggests females live with driver's family, not allowed to keep the goods or money, told they owe for travel from Craiova.",
  "ww db", "et", "C")
a("[2/C/P] Male, 30s, Eritrean, sleeping rough Station Subway. Offered help, declined. No INT of exploitation. Outreach notified.")
a("[1/A/P] POI BAILEY Ryan DOB 05/03/1994 — supply Class A. Vehicle stop VRM SK16 TUV. 40 wraps crack. Passenger juvenile (14), from London, no explanation for presence. Juvenile safeguarded, NRM referral.",
  "av", "", "C", "H")
a("[3/C/P] Single source. Hotel, Airport Rd — rm 214 — 'lots of men visiting female, stays in room all day'. Female Romanian, 20s. Male checks her in each week, pays for room.",
  "", "", "S")
a("[2/B/P] Domestic. Nom AHMED Sara DOB 30/10/1990 v husband. Controlling behaviour — finances, phone monitoring. s76 coercive control. Not labour/sexual exploitation. IDVA referral.")
a("[2/B/P] Corroborated GLAA + HMRC. Flower farm, Wisbech. 40 workers, Romanian/Bulgarian. Gangmaster holds bank cards x40, gives GBP 50 cash weekly. 'Deductions' for caravan, transport, gloves.",
  "ww", "ncw mbc ppe ct", "L")
a("[2/B/P] Nom OSEI Kwame DOB 18/08/1999, drugs runner. Aged 24, states not controlled, works for himself. No vulnerabilities identified. Charged PWITS.")
a("[2/C/C] Cond: MSHT unit only. IP F (Chinese, 30s) at pop-up, 5 Harbour View. Says she came for 'restaurant work'; when arrived told to see clients; 'boss' keeps all money; 'if I run they will tell my family I am a prostitute'.",
  "dec ww it", "", "S")
a("[2/A/P] RTC, van v cyclist, London Rd. Cyclist minor injuries. Van driver nom KOVAC Jan (Slovak) employed by parcel firm, own docs, licensed. No issues.")
a("[2/B/P] INT suggests POI GASHI Arta DOB 04/04/1986, female, Albanian, runs 'cleaning' business — 6 Albanian F cleaners, picked up 0600 dropped 2300, houses and offices, paid GBP 200/month 'after debt'. GASHI keeps passports 'so they don't get lost'.",
  "ww db rod eo", "ced et", "L", "H")
a("[3/C/P] Report of child, 10, begging with mother at Lidl car park. Mother Roma, says family need money for food. SW visit — family housed, child attends school, no third party control identified.")
a("[2/B/P] INT suggests 'Mr Kidney' POI — nom ANSARI Bilal DOB unk — advertising via WhatsApp for UK-based Pakistani donors, GBP 3k per kidney, surgery Lahore. Recruits men in debt to local lender. Sourced via 2 corroborating accounts.",
  "av", "", "OH", "H")
a("[2/B/P] POI TURNER Gavin DOB 22/09/1971 — licensed premises, serving after hours. Licensing review. Nil else.")
a("[2/B/C] HC cond: do not disclose to employer. Care home 'Oakleigh', M, Zimbabwean carers x5 on sponsor visa. Sponsor charged GBP 12k 'certificate fee' to be repaid from wages. Carers work 80 hrs. Told if they leave, visa cancelled & deported.",
  "db eo it av", "uf foa", "L", "H")
a("[2/C/P] Anti-social, 6 Hazel Ct — cuckooing suspected. Occupant nom FLETCHER Dean (DOB 11/02/1975) heroin user; visitors from out of area, 'London voices'. FLETCHER told to stay in bedroom while they deal.",
  "av rom", "", "C", "H")
a("[1/A/P] Assault on PC during arrest of nom HARRIS Bradley. Arrested. Bodyworn reviewed.")
a("[2/B/P] Corroborated. Slovak M x4 at sandwich factory via agency 'QuickStaff'. Found living in garage, no toilet, at home of agency rep SLAVIK Peter DOB 07/07/1980. SLAVIK collects wages from accounts 'for rent'.",
  "ac ww", "plc ncw", "L")
a("[3/C/P] Single src. M, Indian, 'runs a kidney clinic' — checked: consultant nephrologist at NHS Trust, transplant programme. Source misunderstood. NFA.")
a("[2/B/P] INT suggests female IP (Hungarian, 21) advertised on escort site, rate GBP 100/hr. Controller male boyfriend, nom NAGY Zoltan DOB 15/03/1990, hits her if earnings low, drives her to bookings.",
  "psv", "et", "S", "H")
a("[2/A/P] Suspicious activity report: 14 bank cards used at same ATM, Post Office, Bank St, Fri 0200-0230. Cards in Romanian names. Male withdrawing wears hood. Linked VRM RE63 HJU.",
  "", "mbc", "")
# ---- part 2 ----
a("SRC EVAL 2 / INT EVAL C / HC P. It is reported that a male known as 'BIG T' is supplying heroin in the Northfield area using a 17yr old female to hold the phone. Female believed to be staying at his address most nights. Not yet corroborated.",
  "av", "", "C", "H")
a("SRC 1 / INT A / HC C — condition: sanitised, no reference to source's location at time. Three Vietnamese males observed being moved from VRM NJ70 PKE into 16 Laburnum Rd at 0230. Windows foil-lined. Males carrying bin bags only, no luggage.",
  "", "fpe", "C")
a("SRC 2 / INT B / HC P. OIC DC 2231 MORRIS. Follow-up to INT ref 22/1140: nail bar staff all now confirmed UK residents, employed legitimately, tax records in order. Original concerns not substantiated. Filed for MoPI review.")
a("SRC 3 / INT C / HC P. Unreliable src (history of false INT). Claims neighbour keeps 'slaves' in basement. Welfare visit: adult son and his partner living in basement flat by choice. Both free to leave. NFA.")
a("2/B/P. IP, Albanian F, 19, recovered from flat, Lime St. States recruited by 'boyfriend' met on Instagram, promised life in London; on arrival keys taken, made to see up to 10 men/day, every penny handed over. Bruising to arms consistent with grip marks.",
  "dec rom ww psv eo", "pa", "S", "H")
a("2/C/P. Single source. INT suggests carwash, A6 (jct Moor Lane) — workers paid cash GBP 40/day for 10hr day. No info re accommodation, docs or control. Poss NMW breach only.", "", "", "")
a("1/A/P. Warrant 0600, 33 Spencer St: 640 plants, 2 Vietnamese M in attic, hatch bolted from landing side. M1 says he was told he'd be killed if he left; M2 (claims 15) says he has been there 'since the snow'. Both taken to custody suite pending NRM screening — s45 considered.",
  "rom it av ac", "", "C", "H")
a("2/B/P. Corroborated by bank SAR. POI RAFIQ Usman DOB 12/01/1988 — 23 accounts opened in names of Romanian workers on one day at branch, Oak St. POI present for each. Debit cards delivered to RAFIQ's address.",
  "", "mbc ncw", "")
a("2/B/P. Hate incident, racist graffiti on shop front, Mosque Rd. Enquiries ongoing. Not MSHT.")
a("3/C/P. Source: 'girl at the kebab shop says her manager took her passport for a background check and hasn't given it back for 3 months'. Female Turkish, 23. Works counter. No other info.",
  "rod", "", "L")
a("2/B/C — HC C: can be shared with GLAA only. Poultry catching gang (lead POI VASILE Gheorghe DOB 01/12/1970) — catchers work overnight shifts 7 nights, transported in back of unlit van, told they'd 'end up in the river' if they complain. Pay via VASILE in cash, 'less what you owe'.",
  "eo it ww db", "et", "L", "H")
a("2/A/P. Nom BROWN Tyler DOB 07/07/2004 — arrested robbery of mobile phone, Park. Victim 16. Suspect himself 19, no vulnerability or control identified.")
a("2/B/P. IP debrief (via Tigrinya interpreter): IP says that after arriving in Kent he was taken by 'the Sudanese man' to a farm and picked vegetables; he was told the farmer pays the Sudanese man and he would get money 'when the season finishes'. He slept in a barn with 11 others. He has received nothing.",
  "ww ac", "oa saw plc", "L")
a("3/C/P. Untested src. INT suggests a female in a private house on Cherry Lane 'never seen outside, only hanging washing'. Neighbour thinks she is the au pair. No further detail, no info on pay, docs or treatment.")
a("2/C/C. Cond: do not disclose source identity. INT suggests au pair IP (Brazilian, 20) at 9 Maple Dr: works 7am-10pm, cooking/cleaning/childcare, GBP 50/wk. Family hold her passport 'for the visa'. Host father has entered her room at night.",
  "eo ww rod psv", "", "DS", "H")
a("2/B/P. Drunk and disorderly, 2 males, Station Approach. Both Polish, employed locally. Cautioned.")
a("2/B/P. Linked INT ref 23/0091. POI CIOBANU Florin DOB 21/03/1984. Females (Romanian x4) moved between rented flats in 3 towns, adverts on AdultWork posted by CIOBANU. Females don't know which town they're in. One reports she was raped by CIOBANU as 'punishment'.",
  "iso psv", "", "S", "H")
a("1/B/P. Nom MORGAN Ellie DOB 14/09/2007 (16) — CSE concern — seen getting into taxis late at night, returning with new clothes/phones, older males 'Uncle Kash' and 'Reza'. Phone contains indecent images sent to adult males. Currently at home with mum. Strategy meeting arranged.",
  "av", "", "S", "H")
a("2/B/P. Tenant dispute, HMO 4 Crown St. 8 Polish tenants, rent to landlord (not employer), all hold own docs and have jobs with different firms. Complaint re damp/mould. Environmental Health referral. No exploitation.")
a("2/C/P. INT suggests organ trafficking network facilitator nom KAYA Murat DOB unk — linked to UK residents travelling to Istanbul for transplant. Recipients are UK patients; 'donors' Syrian refugees in Turkey paid fraction of agreed fee. UK nexus recipients only.",
  "av dec ww", "", "OH", "H")
a("[2/B/P] Nom HUGHES Darren DOB 22/02/1980 — fuel theft from farm tanks. NFA insufficient evidence.")
a("[2/B/P] Corroborated (x2). 'Golden Hand Car Wash', Bath Rd — workers (Kurdish M, 16-25) sleep in shipping container behind bays, no water, heater from extension lead. Manager 'HASSAN' keeps takings, gives GBP 20 per week, says they must pay back 'smuggler money'.",
  "ac ww db av", "saw plc", "L", "H")
a("[3/C/P] Untested. M, Chinese, 40s, working in restaurant kitchen, 'scared of police' when PCSO visited. No other info. Poss immigration status issue.", "", "foa", "")
a("[1/A/C] HC cond: officer safety — do not visit alone. POI KRASNIQI Dritan DOB 19/05/1986, firearm believed at 2 Willow Mews. Linked to Albanian cannabis network but no INT re workers at this addr.")
a("[2/B/P] IP F, Indian, 34, left employer's house, found at Gurdwara. Says she was brought from Punjab to look after employer's children, never paid, not given a key, locked in when family went out, slept on floor of children's room.",
  "ww rom ac", "", "DS", "H")
a("[2/B/P] Theft of lead from church roof. Scrap dealer nom SMITH John Patrick DOB 10/10/1975. Scrap metal licence checked.")
a("[2/C/P] INT suggests gangmaster POI RUSU Ion DOB 26/04/1979 takes 'first month's wage' from each new worker as 'finder's fee', plus passport until paid. Workers at mushroom farm, Hall Rd.",
  "ww rod db", "uf", "L")
a("[3/C/P] 101 call summary: caller says Romanian men on scaffold next door 'working till dark every day even Sunday'. Officer attendance: scaffold firm registered, men paid by bank transfer, hours confirmed 0800-1800 Mon-Sat with overtime optional. No concerns.")
a("[2/B/P] INT suggests POI THOMPSON Leah DOB 03/04/1995 exploiting her own cousin IP (F, 18, learning disability) — IP made to open accounts and take out loans, money transferred to THOMPSON. IP lives in box room, THOMPSON controls phone.",
  "av iso", "ncw", "C", "H")
a("[2/B/P] Criminal damage, vehicle tyres slashed, Ash Lane. Neighbour dispute over parking. Words of advice both parties.")
a("[2/C/P] INT suggests Vietnamese M IP (approx 19) works at 'Pho King' restaurant kitchen 7 days/wk, 'paid later' — not paid since arrival in spring. Boss says 'we keep it safe for your mother'. IP sleeps in dry store.",
  "eo ww", "saw", "L")
a("[1/A/P] Arrested: POI MENSAH Kofi DOB 12/08/1983, false ID docs x6 (Dutch passports) at addr. Linked to ID fraud, not to any IP.")
a("[2/B/C] Condition: to be shared with Social Care only. M 13 yrs, 'Ryan', found in trap house, 22 Coal St, during raid. Says older lads gave him a 'job' and he can't go home till he sells the lot. Scratches and burn on hand.",
  "av rom psv", "pa", "C", "I")
a("[2/B/P] Sham marriage — nom CHAUDHRY Asif DOB 16/06/1991 and Portuguese F. Registrar concerns. Both consenting adults; Home Office sham marriage referral. No indication F coerced or paid under duress.")
a("[2/B/P] INT suggests Polish M x6 employed on Cheshire dairy farm — milking from 0300, finishing 2100, no days off in 4 months. Farmer keeps pay 'in savings'. Live in old milking parlour.",
  "eo ww ac", "saw", "L", "H")
a("2/B/P. INT suggests POI MAHMOUD Yasir DOB 02/08/1981 recruiting Sudanese asylum seekers in hotel accommodation, offering 'cash for kidney' — transport to Egypt arranged, passports taken on arrival at clinic. One IP returned, unwell, not paid balance.",
  "av rod ww", "pa", "OH", "H")
a("Grading 3/C/P. Single, untested. Hearsay: 'someone in the Facebook group is selling a kidney'. Post traced — individual in India, no UK link. Passed to NCA for info only.")
a("2/B/C — HC cond: NCA only. UK resident IP (M, 42, Pakistani heritage, heavy gambling debts) told by lender POI BASHIR Naveed that debt cleared if he 'gives a kidney' to BASHIR's relative, surgery overseas. IP says BASHIR has threatened his children if he backs out.",
  "av db it", "", "OH", "H")
a("1/A/P. A&E liaison: kidney transplant patient, Romanian, donor was her brother, assessed via NHS Living Donor programme. Consent documented. Info only — no concern.")
a("2/B/P. Corroborated. F IP (Ghanaian, 26) states she was offered cleaning job in London by church contact; on arrival taken to 'clinic' and told she must donate eggs/kidney to clear flight debt. Refused — locked in room at 5 Camden Row for 3 days, no food.",
  "dec db rom ac", "", "OH", "H")
a("[3/C/P] Uncorroborated. Female approx 60 seen begging outside cathedral daily. Source believes she's 'put there' by men in a Mercedes. No further info on control.", "", "", "")
a("[2/B/P] Nom WRIGHT Callum DOB 25/12/1999 — threats to kill ex-partner via text. Arrested. Bail conditions.")
a("[2/B/P] INT suggests POI ISMAILI Klodian DOB 17/09/1993 controls Albanian M x2 at car wash, Ring Rd. Workers' phones taken each morning, returned at night 'for messages to mum' only in his presence. Workers don't know the town's name.",
  "iso", "", "L")
a("[2/C/P] Single source. Construction site, Harbour Quay. Sub-contractor 'BuildRite' — Romanian workers charged GBP 60/wk for hard hats/boots/hi-vis from their pay. Workers otherwise paid to own accounts, live independently. GLAA informed.",
  "", "ppe", "")
a("[2/B/P] Corroborated. IP (Lithuanian M, 35) debrief: 'They told me they are holding my passport because of the landlord. I asked many times. They say next week, next week.' IP worked at chicken factory through agency, wages to card held by 'Tomas'.",
  "rod ww", "ncw", "L")
a("[1/B/P] POI CARTER Shane DOB 02/11/1987 — county line 'Tank'. Line holder. Uses 3 juveniles (13-15) from Croydon; juveniles housed in cuckooed flats; one juvenile told 'we know where your little sister goes to school'.",
  "av it", "", "C", "H")
a("[2/A/P] Sudden death, male, 78, natural causes. GP to certify. No suspicious circumstances.")
a("[2/B/P] INT suggests 3 Slovak Roma F at packhouse, Boston, brought by POI GABOR Milan DOB 01/03/1976, working 14-hr night shifts. GABOR holds their ID cards and bank cards, charges for caravan shared by 9 people.",
  "eo rod ac", "ncw oa", "L", "H")
a("[3/D/P] Anon. 'Kid at the chicken shop 13 or 14 working the till at midnight'. Visit: 17-yr-old son of owner helping out, college student. Words of advice re hours. No exploitation.")
a("[2/B/P] POI YILMAZ Emre DOB 07/05/1988 — barbershop, Castle St. Turkish M staff on visitor visas, no right to work. Staff free to come & go, paid cash at usual rate, own docs. Immigration enforcement matter only.")
a("[2/C/P] INT suggests female IP (Vietnamese, 22) at 'Beauty Box' salon told the job in UK was in a hotel. Now does nails 9-9, gives all earnings to 'Auntie' to pay GBP 28k debt. Auntie has her passport.",
  "dec eo ww db rod", "", "L", "H")
a("[2/B/P] Shoplifting series — 'Team' of 4 Albanian juveniles (14-16) dropped by car at retail parks across county, stealing perfume to order. Driver (adult) collects goods. Juveniles living at one address, missing from LA placements.",
  "av", "et", "C", "H")
a("[2/B/P] Nom HALL Martin DOB 10/10/1962 — theft from employer (warehouse). Dismissed. No other issue.")
a("[2/B/C] HC cond: not to be disclosed to IP's employer. IP (F, Sri Lankan, 45) domestic worker with Gulf family visiting UK on overseas domestic worker visa. States she sleeps in the laundry, eats leftovers, works 0500-0100, and madam burns her with iron when clothes are creased. Passport with madam.",
  "ac eo psv rod", "pa", "DS", "H")
a("[3/C/P] INT (untested): minibus VRM BX65 JKA seen in lay-by 0500 daily, ~12 passengers, Eastern European. No further.", "", "ced", "")
a("[2/B/P] Nom MOHAMMED Abdi DOB 13/03/1998 — FGM concern, niece. Referred to Children's Services. Not MSHT.")
a("[2/B/P] INT suggests GBR nationals (M x3, homeless, alcohol) recruited from hostel by Traveller family (POI nom MAUGHAN Patrick DOB 09/02/1973) for tarmac/driveways. Kept in caravans, dirty, beaten, no pay 'just beer and fags'.",
  "av ac psv ww", "plc", "L", "H")
a("[2/C/P] Single source. Chinese F (30s) at massage parlour 'Oriental Relax'. Source says 'she works every day, lives in the back room, boss brings food'. No info on pay, ID, or sexual services.",
  "eo", "saw", "L")
a("[2/B/P] INT suggests students (Nigerian, Indian) working in care homes via 'Sun Care Agency' told their sponsorship costs GBP 8k each, repayable at GBP 500/month; told visa void if they quit. Pay slips show deductions leave GBP 100/wk.",
  "db it ww", "uf", "L", "H")
a("Grading 2/B/P — sanitised\n\nIt is reported that a female known as 'MAI' (Vietnamese, believed 16-17) has been seen on several occasions at 'Glamour Nails', Old Market, and at the flat above it. She is always brought to the shop by an older female and collected at closing, around 2100. She does not have a phone. She was heard to say to a customer that she is 'paying for the journey' and does not know how much is left.\n\nA second female at the shop, 40s, believed to be the manager's sister, has her own car and appears to be an employee in the ordinary way.\n\nThe shop was previously visited by Trading Standards (2022) re a licence matter, no welfare concerns recorded at the time.\n\nSource is untested but the account is partly corroborated by a PCSO sighting.",
  "av iso db", "et ced", "L", "H")
a("[2/B/P] Corroborated. IP M (Romanian, 18, mild learning disability) at car wash. Boss ANTON 'keeps his money so he doesn't waste it'. IP lives in boss's garage. Mother in Romania told he's 'doing well'.",
  "av ww ac", "", "L", "H")
a("[2/C/P] Drug debt — nom SHAW Kieran DOB 19/01/2002 assaulted over GBP 300 debt. Kieran adult, no suggestion of being made to work off debt. ABH crime.")
a("[2/B/P] INT suggests POI ZHOU Lin DOB 30/11/1979 runs 'cleaning' agency; Chinese F workers (approx 10) sleep in 2-bed flat, Lord St. ZHOU drives them to hotels 0600, collects 2300. ZHOU speaks for them at hotel front desk; workers don't speak to staff.",
  "ac eo", "oa et ced sfw", "L", "H")
a("[3/C/P] Untested. F, Polish, 19 — partner of drug dealer nom KELLY Sean. Src: no INT she is involved in supply or under his control.")
a("[2/B/P] Warrant at 90 Percy St: cannabis grow, unoccupied, timer-lit. No persons found. Evidence of occupation (sleeping bag, rice cooker) in loft. Fingerprints submitted.",
  "", "saw", "C")
a("INTELLIGENCE REPORT — OFFICIAL-SENSITIVE\nGrading: 2/B/C. Handling condition: not to be disclosed outside Op LANTERN team without ref to DI 0917.\n\nSubject 1: NOM LACATUS Remus (DOB 12/04/1983). Subject 2: NOM LACATUS Elena (DOB 08/08/1986). Addr: 11 Greyfriars Rd.\n\nINT suggests S1 and S2 run a hand car wash at former garage, Canal Rd, and a second at Tesco car park. Approx 8 Romanian M workers. Workers recruited in Calarasi via Facebook advert for 'factory work, GBP 1,800/month, free housing'. On arrival told factory job 'finished', put to car wash. Workers live in the loft at Greyfriars Rd, 8 to 2 rooms. Wages 'held' by S2 who says she sends them to workers' families. S1 drives them to the sites 0730 and back 2100.\n\nSeparately, S1 linked to road rage incident (ref 23/4471) — not related.\n\nCorroborated by GLAA visit notes.",
  "dec ww ac eo", "oa et ced ncw", "L", "H")
a("2/B/P. Grading 2/B/P. 999 call 0212: F screaming 'help me he won't let me out' from 1st floor window, 40 Nelson St. Units attended — F (Romanian, 20s) with facial injuries, door deadlocked, male occupant nom PETRE Cosmin DOB 03/03/1991 detained. F says she is made to see men in the flat. Phone taken by PETRE.",
  "rom psv iso", "pa", "S", "I")
a("3/C/P. Source states male 'SAM' threatened to 'cut' the Vietnamese lad who tends his plants if lad 'tries to run again'. Lad believed still at unknown addr in Hull area. Untested source.",
  "it", "", "C", "H")
a("2/A/P. POI GREEN Lee DOB 04/02/1970 — handling stolen goods (catalytic converters), scrap yard, Dock Rd. Staff at yard spoken to: employed, paid, no issues.")
a("2/B/P. IP (M, Vietnamese, 17) debrief: 'In Vietnam a man said I would work in a restaurant in England and send money home. I was in a lorry. Then I was in a house with plants. The man said if I call anyone, my family in Nghe An will pay. I did not know the city. I did not go out for 4 months.'",
  "av dec it iso rom", "", "C", "H")
a("1/B/P. Intelligence from partner agency (Salvation Army). F IP, Nigerian, 28, told of nursing job in UK by recruiter 'Mummy Gold'; paid GBP 3,000 'processing'; on arrival housed in Peckham and made to sell sex. Threatened with juju.",
  "dec it", "uf", "S")
a("2/B/P. Assault, Subway, Mill Rd. Staff member punched by customer. Suspect identified. Not MSHT.")
a("2/C/P. INT suggests POI DHILLON Harpreet DOB 11/11/1966 keeps niece IP (F, 19, from Punjab, brought on spouse visa) as housemaid — IP says husband's family take her phone, she has no contact with her parents, doesn't know the address. Not allowed to leave house without mother-in-law.",
  "iso rom", "", "DS", "H")
a("2/B/P. Shoplifting — nom DUNN Kayleigh DOB 10/07/1992, heroin user, steals to fund own habit. No third-party control identified; says she 'works for no-one'. Referred to drug service.")
a("[2/B/P] VRM MF16 UXR (white Transit) — ANPR hits 0500 Dover-bound weekly. INT suggests driver nom VELIU Ardian DOB 20/12/1980 transporting Albanian M to UK grows after they arrive; told jobs 'in restaurants'. Corroborated by 2 IPs' accounts.",
  "dec", "", "C")
a("[3/C/P] Single source. INT suggests F, Thai, 'girlfriend' of local man, 'never allowed to go out without him'. Source thinks she is being abused. Unverified. No sexual or labour exploitation INT.",
  "rom", "", "")
a("[2/B/P] Nom ASHWORTH Paul DOB 15/05/1958 — fraud, false invoices to elderly for roofing. Trading Standards. Workers at his firm: sons, paid. No MSHT.")
a("[2/B/C] HC cond: share with MASH only. M 15, 'KJ', arrested with knife and 2 phones on train, Euston-Norwich. Line name 'Banks'. Says he has to go back up 'cos they'll shank me if I don't pay for what the feds took'.",
  "av it db", "", "C", "H")
a("[2/B/P] INT suggests Chinese female students (x3) at university recruited by POI WANG Hui for 'part-time modelling' — taken to flat and filmed; now threatened that videos sent to parents unless they see clients.",
  "dec it", "", "S")
a("[1/A/P] POI OWUSU Grace DOB 22/06/1975 — immigration advisor (unregistered), charged Ghanaian clients GBP 2k each for false visa applications. OISC offence. Clients not in work or control. Fraud only.")
a("[2/B/P] Welfare check, 8 Moss Lane — F (Filipino, 50s) domestic worker for elderly couple, has own room, own phone, passport in her drawer, Sundays off, paid monthly to her account. Neighbour's concern not substantiated.")
a("[2/C/P] INT suggests men at Kingfisher Car Wash 'get hit' by manager if they sit down. Manager nom KURTI Elvis DOB 05/01/1989. Workers Albanian, 18-22, live above car wash.",
  "psv", "saw", "L", "H")
a("[2/B/P] Corroborated. Romanian F x5 used as 'drop' account holders — accounts opened with their IDs by POI LUNGU Sorin DOB 09/02/1982; F IPs were promised packing jobs, instead used for benefit claims and their IDs kept. IPs live with LUNGU, 'not allowed to speak to neighbours'.",
  "dec rod iso", "ncw mbc", "C", "H")
a("[2/B/P] RTC — minibus overturned A17, 0450. 14 occupants, Bulgarian, en route to cauliflower field. Driver no licence. Workers state they pay GBP 8/day lift. Injuries minor. GLAA notified. Workers otherwise independent.",
  "", "ct", "")
a("[3/C/P] Unreliable source. Claims 'trafficked girls' at nail bar, Victoria Arcade. Visit: 3 staff, owners' daughters, 20s, UK born. Malicious report. NFA.")
a("[2/B/P] INT suggests POI NDIAYE Moussa DOB 01/06/1990 uses 4 homeless M (drug users) to hold 'drop' addresses for parcels bought with stolen cards. Pays them in crack. M threatened with 'a beating' if they keep any parcel.",
  "av it ww", "", "C", "H")
a("[1/B/P] INT (corroborated via telephony): POI TAHIRI Gent DOB 14/10/1994 messages associate: 'the gardener wants to go home, tell him his debt is 20 now, if he runs we go to his village'.",
  "db it", "", "C", "H")
a("[2/A/P] Missing person — Polish M, 44, reported by employer after not attending work 3 days. Found: attending hospital (appendix). Employer had reported from concern. No issues.")
a("[2/B/P] INT suggests POI HAQ Shafiq DOB 18/03/1977 bringing young Pakistani M on student visas to work in his 3 takeaways; told college course would be paid; college never attended; HAQ holds their BRP cards. 12 M live above shops, mattresses wall to wall.",
  "dec rod ac av", "oa saw", "L", "H")
a("[2/C/P] Nom ROBERTS Kyle DOB 23/11/2005 — 18 — arrested in trap house Coventry. Says he chose to deal, 'my line'. Assessed: no indicators of exploitation. Charged.")
a("[2/B/P] IP F, Slovak Roma, 17, married in Slovakia to UK-resident M (30s), brought to UK; made to clean for the extended family (6 adults) and is sexually assaulted by husband; not enrolled in school; doesn't speak English.",
  "av psv", "", "DS", "H")
a("[2/C/P] Source: 'the lads on Harris farm are given rotten food and sleep in a cowshed'. Lads: Ukrainian, 3 or 4. Single source. No pay/ID INT.",
  "ac", "saw plc", "L")
a("Grading 2/C/C. Condition: for tasking only, not evidential.\n\nOp REDWING update. NOM CELA Artan (DOB 05/12/1987) and NOM CELA Dorian (DOB 19/04/1990), brothers.\n\nINT suggests the CELAs rent 3 residential addresses through a letting agent using false employment references; all 3 believed to be cannabis grows. At 12 Harrow Way a male believed Vietnamese, approx 18-20, lives in the grow, sleeping on cardboard in the kitchen. He is never seen outside. Neighbours hear him coughing at night. Dorian CELA visits every 3 days with shopping and locks the front door with a key when he leaves. The male has no phone; source says the male 'has nothing, not even shoes'.\n\nThe other two addresses appear to be unoccupied and timer-run.\n\nLetting agent has no knowledge and is cooperating.",
  "rom iso ac", "fpe plc saw", "C", "I")
a("[2/B/P] INT suggests POI KHALIL Omar DOB 07/07/1985 — labour agency — workers told they had 'guaranteed 40 hours, GBP 11/hr' at warehouse; in fact get 15 hours and pay GBP 90/wk for room in his HMO. Workers free to leave, keep own docs. Deception re work only.",
  "dec", "", "L")
a("[2/B/P] Immediate: IP (F, 16) messaging friend at 2310 'they've locked me in, theres 3 men coming'. Phone cell site: Hotel, Junction 9. Unit deployed. Suspects: nom RASHID Amir DOB 19/02/1993, nom BEG Tariq DOB 02/09/1991.",
  "av rom", "", "S", "I")
# ---- part 3 ----
a("3/C/P. INT suggests unk male 'DANNY' supplying ketamine at festivals. No further.")
a("2/B/P. INT suggests POI NWOSU Ijeoma DOB 20/01/1969 brought F IP (Nigerian, 14) to UK as 'niece'. IP does all household chores, minds NWOSU's twins, not at school, sleeps on sofa. IP told if she complains she'll be 'sent back to the village and your mother will suffer'.",
  "av it ac", "", "DS", "H")
a("2/B/C. HC cond: for MSHT tasking only, not to be disclosed to UKVI. INT suggests Indian M workers x20 at textile unit, Belgrave. Speak only via POI MISTRY Kiran (DOB 14/05/1972) who 'translates' at all visits. Workers have no phones, don't know postcode, afraid of police ('they will deport us').",
  "iso", "sfw foa", "L")
a("1/A/P. Burglary non-dwelling, Unit 3, Canal Ind Est — copper cable. VRM LN61 PZE (false plates). Suspects M x2 white British.")
a("2/C/P. INT suggests ex-partner nom BROOKS Jason DOB 27/07/1987 harassing F via Snapchat. No exploitation. DA team.")
a("2/B/P. Corroborated GLAA/HSE. Waste recycling plant, Canal Rd — pickers on conveyors 12hr shifts, no gloves/masks unless they pay GBP 5 each. One worker lost finger in conveyor, told 'no hospital, no papers'. Workers Polish/Latvian, housed by plant owner in portacabins.",
  "eo ac", "ppe saw foa", "L", "H")
a("2/A/P. Health & Safety — worker injured by forklift, Unit 9 distribution centre. HSE investigating. Employer cooperative, worker on contract, paid sick pay. No exploitation.")
a("3/C/P. Uncorroborated. M, Romanian, sleeping in doorway of Greggs, says he came for work that 'didn't exist', agent took GBP 400 and vanished. No current control. Referred to outreach.",
  "dec", "uf", "")
a("[2/B/P] POI 'MAMI' — F, Chinese, 50s — recruits Chinese women in debt via WeChat, 'hostess work'. Women in UK kept in flats, moved in car with blacked-out windows, not told where they are. 'Mami' keeps earnings against debt for 'visa'.",
  "dec iso ww db", "et", "S", "H")
a("[2/B/P] INT suggests POI AZIZ Kamran DOB 19/09/1983 runs 'cash for crash' fraud using vulnerable young men (18-19, care leavers) as drivers/claimants. Men get GBP 100, AZIZ takes compensation payouts. Men told they'd be 'done' if they speak to insurers.",
  "av ww it", "", "C", "H")
a("[2/C/P] Dispute, 'Star Car Wash' owner and former worker over unpaid final week's wages (GBP 350). Worker Kurdish, left voluntarily, has own passport, rents privately. Civil matter — advised ACAS.")
a("[1/B/C] HC cond: covert source; sanitise before dissemination. F IP (Albanian, 24) at flat 3, 19 Vine St — controller nom SHEHU Ilir DOB 30/01/1987 — put gun to her head last week when she asked to go home. She is at the flat now.",
  "psv it", "", "S", "I")
a("[2/B/P] Nom O'BRIEN Mary DOB 01/04/1950 — reported her carer (agency) stealing from purse. Carer suspended. Theft crime.")
a("[2/B/P] INT suggests Eritrean M IP (20) at hand car wash Morley Rd beaten by owner for 'stealing' GBP 5; owner says IP owes GBP 1,200 for 'rent and food' and deducts it weekly. IP arrived as UASC, aged out of care.",
  "psv db av", "pa", "L", "H")
a("[3/C/P] Untested source. Garage on Sandy Lane: mechanics 'work late'. No further. Poss noise nuisance.")
a("[2/B/P] VRM DE14 SVA, silver Passat, seen at 4 brothels in county. RK nom LEKA Besart DOB 10/10/1990. INT suggests LEKA transports F between brothels, collects cash. F are not left alone, LEKA answers the door and the phone.",
  "rom", "et sfw", "S")
a("[2/C/P] Source reports child (approx 8) selling roses in pubs at 2300 with adult F. Adult collects money. Child seen crying when no sales. Adult and child Romanian.",
  "av ww", "", "C", "H")
a("[1/A/P] OIC DS 3301. Warrant executed, 'Happy Feet' reflexology, 2 Cross St. F x4 Chinese found sleeping in treatment rooms, sole possessions carrier bags. F say 'boss' keeps their money and passports. Boss nom CHEN Xiu absent. F taken to reception centre.",
  "ww rod", "saw fpe", "S", "H")
a("[2/B/P] Road rage assault, A30 roundabout. VRM YA18 ODS. Driver arrested. Passenger statement taken.")
a("[2/B/P] INT suggests UK national M IP (49, learning disability) living in shed at POI JOHNSON farm, Tithe Lane, for 15 years; works with cattle daily, no wages, 'looked after' by JOHNSON family. IP says he's 'not allowed to the village' and 'the boss would be angry'.",
  "av ww ac rom", "saw", "L", "H")
a("[2/B/P] INT: Lithuanian M x2 at meat plant via agency — working 6x12hr shifts by choice for overtime pay, paid to own accounts, live in own rented flat. Source concern was 'long hours' only. No coercion identified.")
a("[2/C/P] Single source. POI 'TOMMY' sending boys (12-14) into Lidl & Aldi to shoplift meat; pays them GBP 5; older boys slap the younger ones if they come out empty.",
  "av psv ww", "", "C", "H")
a("[2/B/C] HC cond: not for release to press. Diplomatic household, 40 Kensington Pk — Indonesian F domestic worker (31) hospitalised with dehydration; employer refused to let her see a doctor for 2 weeks. Says she works 'from first prayer till last'. No passport in her possession.",
  "ac eo rod", "pa", "DS", "H")
a("[2/B/P] Nom CAMPBELL Rhys DOB 31/03/2001 — possession of offensive weapon, town centre. No links to OCG.")
a("[2/B/P] Info from HMRC: 'Smart Staffing Ltd' — 60 workers, 45 bank accounts sharing 3 addresses. Same mobile number on all accounts. Workers at frozen food plant. Further work needed re control.",
  "", "mbc ncw", "")
a("[2/B/P] INT suggests POI BERISHA Valon DOB 09/09/1988 told gardener (Albanian, 22) he owed GBP 25k for travel; after 6 months told debt 'now 30k because of the plants that died'. Gardener lives in grow, eats instant noodles, one mattress.",
  "db ac", "saw plc", "C")
a("[3/C/P] Single. Allegation: landlord of HMO, 6 Bridge St, 'keeps tenants' passports'. Visit: landlord holds photocopies for Right to Rent checks only. Tenants hold originals. NFA.")
a("[2/B/P] IP (M, Polish, 61) told police via interpreter he was picked up from Poland by 'a good man' offering work and a home. In UK, he was made to work in the man's fields and his benefits were claimed by the man. He says that the man shouted and said he would put him on the street if he told anyone.",
  "dec it", "ncw", "L")
a("Grading 3/C/P — single source, untested.\n\nReport concerns a large household at 27 Kingsway. Source states that there are 'too many people' living there (approx 10 adults, 6 children), that cars come and go at all hours, and that one of the young women is 'treated like a servant'. Enquiries: the address is the home of an extended Somali family (3 adult siblings, their spouses and children, and a grandmother). The young woman is the youngest sister, 22, a student at the university who helps with childcare in the evenings. She was spoken to alone: she has her own bank account, phone and passport, comes and goes as she wishes and described no ill-treatment. Housing has been asked to review overcrowding.\n\nNo exploitation identified. NFA for MSHT.")
a("[2/B/C] Cond: not for onward dissem without ref. Albanian F IP (23) says 'boyfriend' KOÇI Erion (DOB 05/05/1992) made her get a tattoo of his name, keeps her in flat, she works in massage 'for our future'; she hands all money to him; he has hit her twice.",
  "rom ww psv", "pa", "S", "H")
a("[2/C/P] INT suggests local cafe owner nom COSTA Paulo DOB 03/06/1966 employing 2 Portuguese students cash-in-hand below minimum wage. Students go home daily, keep docs. Poss NMW issue. Refer HMRC.")
a("[2/B/P] INT suggests Vietnamese juveniles (x2, 15/16) moved from children's home in Kent by unknown Asian M in taxi at 0300. Both previously found at cannabis grows. Currently missing.",
  "av", "", "C", "I")
a("2/B/P. Joint visit w/ GLAA, 'Speedy Valet', Tanner St. 5 workers, all Kurdish, right to work confirmed, paid via payroll at NLW, rota shows 40 hrs. Workers state they rent privately and have their own passports. No indicators of MSHT. Advice given re PPE provision (gloves).")
a("3/C/P. Single source. INT suggests VRM TT62 WEA used for cash-in-transit robbery recce. No further.")
a("2/C/P. INT suggests POI ABDI Hassan DOB 12/12/1997 working as delivery rider on account rented from another person, pays GBP 70/wk for the account. ABDI keeps the rest of earnings, lives independently. Account-sharing / right to work issue only.")
a("2/B/P. IP F (Romanian, 33) states she 'chose' sex work and keeps her money, rents her own flat. Not controlled. Concern raised by neighbour unfounded. Signposted to support service.")
a("1/A/P. POI SMITH Danny DOB 04/08/1985 — threats to 'torch' ex-employer's van after pay dispute. Crime: threats to damage property. No exploitation — SMITH was self-employed roofer.")
a("2/B/P. Sanitised: 'A female believed to be in her early teens has been seen on multiple occasions entering an address on Peel Street with adult males late at night. It is believed she is being given alcohol. Her identity is not known.'",
  "av", "", "S", "H")
a("[2/B/P] Corroborated. POI DUMITRU Nicu DOB 18/02/1978 — 'agent' — charges Romanian workers GBP 300 for job at bakery and GBP 100/month for bus. Workers (x15) live in house owned by DUMITRU's brother, 3 per room, rent taken from wages before they see them. Workers work 6 nights.",
  "ww ac", "uf ct oa", "L")
a("[2/B/P] Theft — employee at supermarket stealing alcohol. Nom PEARSON Liam DOB 02/02/1999. Dismissed. No issues.")
a("[3/C/P] Uncorroborated. 'Man at the tyre shop says if the Polish boy leaves he'll tell his family what he did.' Boy approx 18-20, works there daily. No further.",
  "it", "", "L")
a("[2/B/P] Child (F, 13) missing x6 in month; each return with new phone, says she was 'at a party in Leicester'. Found in company of M 24 nom IQBAL Zain DOB 17/08/1999 in hotel room. CSE strategy. IQBAL arrested.",
  "av", "", "S", "H")
a("[2/C/P] Immigration — visa overstayer F, Ghanaian, 30s, working as cleaner for several private households, paid cash, lives with sister. No control, keeps own money and passport. Referred to HO.")
a("[1/A/P] INT suggests POI KAMARA Ibrahim DOB 29/10/1980 travelled to UK with 'wife' and 2 children; INT suggests the 'children' are not his and are used to claim child benefit; children (4 and 7) kept at home, not registered at school or GP.",
  "av", "ncw", "C", "H")
a("[2/B/P] Anti-social — drones over prison, HMP Greenside. Nom LEE Kevin DOB 11/09/1990. Contraband drop. Not MSHT.")
a("[2/B/P] INT suggests labourers at site, Elm Park (Polish x5, Romanian x3) 'not allowed to leave site at lunch', gate locked by foreman nom ZIELINSKI Adam DOB 08/11/1971 until 1800. Wages paid 'when job finishes'.",
  "rom ww", "", "L")
a("[3/C/P] Uncorroborated. Taxi driver states he often drives young Asian girls from a B&B to addresses across town, booked by the same male who pays. Girls look 16-17. No names.",
  "av", "et", "S", "H")
a("[2/B/P] Fraud — romance scam, vic F 67, GBP 22k sent to 'US soldier'. Action Fraud ref. Not MSHT.")
a("[2/B/C] HC cond: GLAA/HMRC only. Fruit farm, Herefordshire — Nepali seasonal workers (SWV) paid GBP 4,500 each to agent in Kathmandu for visas. On arrival told only 3 months' work. Workers now owe family loans at home; farm itself pays correctly. Agent abroad. Exploitation by recruiter — deception re work period.",
  "dec", "uf", "L")
a("[2/B/P] M (Afghan, 16) UASC, says 'the man at the barbers' makes him sweep/wash hair for food and a mattress behind the shop. 'He says I owe him for helping me find it.' No money given.",
  "av ww db", "saw", "L", "H")
a("OFFICER HANDOVER — 2/B/P\n\nAttended 'Prime Hand Car Wash', Mill Rd, with Immigration and GLAA, 1430.\n\n6 workers on site. 4 Kurdish/Iraqi, 2 Albanian. Manager nom AMIN Karwan (DOB 01/01/1984) spoke for all workers throughout and tried to answer on their behalf; separated. Two workers (Albanian, 19 and 20) say they sleep in the back office on sofas and have worked every day since they came 'before Christmas', 0800-2000. They say AMIN has their passports 'for the council'. They get GBP 30 a week 'for cigarettes' and the rest goes to 'the man who brought us' to pay for the lorry. Both appeared thin, unwashed.\n\nThe 4 Kurdish workers live independently, hold docs, paid weekly, no issues.\n\nBoth Albanian males accepted NRM referral, taken to safe house. AMIN interviewed under caution later.",
  "eo rod ww db ac", "sfw saw pa", "L", "H")
a("[2/B/P] INT suggests POI RUSSO Gianni DOB 22/04/1976 restaurant owner — staff (Italian, Spanish) rota shows 60 hr weeks in summer; staff paid overtime, 2 days off weekly, live in own flats. HMRC minimum wage check found compliance. No MSHT.")
a("[2/B/P] INT suggests Slovak M IP (28, deaf) brought by POI BALAZ Jozef to work at packing plant; BALAZ keeps his bank card and PIN 'because he can't manage money', gives him GBP 25/wk. IP has no phone or way to contact family.",
  "av ww iso", "ncw", "L", "H")
a("[2/C/P] 101 summary: caller says her Polish neighbour 'has his passport taken by his boss'. Officer checked: neighbour had lent passport to employer for right-to-work copy, returned same day. NFA.")
a("[2/B/P] IP debrief via interpreter (Vietnamese): she says she came to London to work in a nail shop; the owner said she must first pay GBP 6,000 for the training and the room, so she was not paid for eight months, and each month the owner told her she still owed more because of food.",
  "db ww", "", "L")
a("[2/B/P] Nom MAHMOOD Ali DOB 12/06/1964 — taxi licensing breach, uninsured. Council licensing informed.")
a("[2/B/P] Cuckooing — 3 Arden Ct — tenant F (34, alcohol dependent, mental health). Dealers from 'County line M2' moved in 2 weeks ago; tenant 'not allowed to lock the door' and made to hold drugs in her bra. Dealers present now.",
  "av", "", "C", "I")
a("[3/C/P] Single. Allegation sham marriage/forced marriage — F 22, British Pakistani, told by parents she'll marry cousin in Mirpur. FMU contacted. F safe at friend's address. No labour or sexual exploitation INT.")
a("[2/B/P] INT suggests POI BAJRAMI Fatos DOB 19/12/1984 keeps Albanian M at 3 car washes; staff phones removed; staff told 'police here will send you to prison for being illegal'. Staff sleep in loft of car wash, Bay Rd.",
  "iso it", "foa saw", "L", "H")
a("[2/B/P] Theft of motor vehicle, keyless relay, Land Rover, VRM BF19 KYR. OCG linked. Not MSHT.")
a("[2/C/P] Single src. F (Nigerian, 40s) works as live-in carer for elderly M in private home. Source says 'she never leaves'. Visit: F has own room, day off Sat, own phone, says she stays in by choice to save money. No concerns.")
a("[2/B/P] INT suggests POI OLARU Mihai DOB 06/06/1990 with 6 ATM cards in different names withdrawing GBP 250 each at 0300, Co-op, Hill St. Card holders believed to be Romanian labourers living with OLARU, who are given 'food money' only.",
  "ww", "mbc ncw", "L")
a("INT REPORT — Grading 2/A/P\n\nSubject: NOM FORD Jack (DOB 30/06/1979).\n\nFORD arrested for voyeurism after a camera was found in a gym changing room. Search of his home recovered images of around 40 women. Enquiry also examined FORD's employment as manager of a cleaning company: the cleaners (Polish and Portuguese F, 8 in total) were interviewed as potential witnesses. All hold their own documents, are paid into their own accounts, work normal shifts and live in their own homes. Two said FORD was 'creepy' but none reported being made to do anything. The cleaning company side is not an MSHT matter.\n\nFile to CPS re voyeurism.")
a("[1/B/P] INT suggests Indian M IP (24) on student visa, in debt to agent, working 'security' 7 nights/wk via agency; agency holds BRP; IP paid GBP 300/month, told by agency boss he'd 'lose everything' if he went to the university or police.",
  "db eo rod ww it", "", "L", "H")
a("[2/B/P] Nom AKINS Tolu DOB 14/03/1996 — drug debt; says he was forced to hold drugs to clear GBP 1,000 debt to 'Bossman'; assaulted with bat when he tried to stop.",
  "db psv", "pa", "C", "H")
a("[2/B/P] Corroborated. F (Eritrean, 25) at HMO says landlord nom TEKLE Yonas DOB unk demands sex in lieu of rent increases; threatens to report her to Home Office. She cleans his other properties for no pay.",
  "psv it ww av", "foa", "L S", "H")
a("[3/C/P] Uncorroborated. Worker at nail bar seen with bruises. Source believes partner DA, not employer. No INT of workplace exploitation.", "", "pa", "")
a("INT REPORT 24/0312 — Grading 2/B/P\nSubjects: NOM GJONI Alban (DOB 07/03/1989); NOM GJONI Klea (DOB 15/11/1991); VRM GX21 ROA (black Audi A4).\n\nINT suggests Subject 1 is the 'landlord' for 4 cannabis grows across the east of the city. Two of the grows tended by Albanian M (early 20s). Gardeners told on arrival their GBP 20k travel debt would be cleared 'after two harvests'; after the raid on Ivy St the debt was doubled. Gardeners brought food weekly by Subject 2, who also collects their phones when she leaves.\n\nSubject 1 also believed to be involved in a separate dispute with a rival over a debt for a car — not relevant to this report.\n\nSource has direct access; partially corroborated by ANPR of VRM at 2 of the addresses.",
  "db iso", "", "C")
a("3/C/P. Single src. POI 'Dr K' said to match UK patients needing kidneys with paid donors in Kurdistan; donors are refugees recruited in camps, told the operation is 'safe and paid', several left without aftercare or full payment.",
  "dec ww av", "", "OH", "H")
a("2/B/P. Renal unit safeguarding alert: UK patient returned from overseas with new kidney, paid USD 60k to 'broker'; unable to name donor. Concern donor exploited. INT: broker nom SHARIF Adnan DOB unk.",
  "", "", "OH")
a("2/A/P. Criminal damage — smashed windows, 'Golden Dragon' takeaway, Fri. Suspects youths. Staff unhurt.")
a("1/B/P. Officer handover: IP (Romanian F, 19) in hospital with fractured wrist after 'client' assault. Controller (partner) nom STAN Adrian DOB 04/04/1994 present at hospital, answered all questions for her, tried to take her home. Removed by security. IP scared to speak.",
  "psv", "sfw pa foa", "S", "I")
a("2/B/P. INT suggests POI DOGAN Serkan DOB 21/08/1983 runs barbers; staff (Kurdish M x3) paid daily cash, come and go, rent own rooms. INT re 'staff held' not supported by source meeting. Tax evasion INT only.")
a("2/B/P. Shoplifting gang — 3 Romanian adult F, arrested Boots. All state they steal for themselves; no driver, no controller identified on CCTV or phone download. Charged theft.")
a("[2/B/C] HC cond: not to be shared with LA until IP moved. F (Pakistani, 27) spouse visa — husband's family hold her passport and spouse-visa letter, she cooks and cleans for 9 people from 0500, locked in when they go out, beaten by brother-in-law. She has phone hidden and messaged IDVA tonight asking to be collected.",
  "rod ac eo rom psv", "", "DS", "I")
a("[2/C/P] Burglary, 15 Chapel Rd — elderly vic distraction burglary by 2 M posing as water board. Not MSHT.")
a("[2/B/P] INT suggests M IP (Chinese, 40s) working in 'Noodle House' kitchen, lives in cellar, says he came to pay off family debt to 'snakehead', works 'all hours, no day off', wages sent directly to snakehead by restaurant owner.",
  "db ww eo ac", "saw", "L", "H")
a("[2/B/P] Corroborated. 'Beauty Queen' nail bar, Market Row — owner nom PHAM Thi Hoa DOB 12/02/1980 collects Vietnamese F staff (one believed 16) from shared house at 0730, drops at 2200. Staff have no keys to house. Girls say they are 'learning'. No wages seen.",
  "av rom ww eo", "ced et", "L", "H")
a("[3/C/P] Anon. 'Polish builders living in the house they are renovating at no 8'. Visit: builders employed by homeowner's contractor, chose to stay on site Mon-Thu, go home weekends, paid. No concerns.")
a("[1/A/P] POI WALSH Terence DOB 16/01/1968 — fraud re fake 'apprenticeship' charging young people GBP 500 up front; no job existed. Victims (x12) not exploited further, money lost.",
  "dec", "uf", "")
a("[2/B/P] INT suggests Sudanese M IP (19) sleeping at a storage unit, used by 'Abu Ahmed' as drugs courier on e-bike; 'Abu Ahmed' took IP's ARC card and phone; IP told 'you talk, you go back to Libya'.",
  "rod iso it av", "saw", "C", "H")
a("Grading 1/B/C. Condition: do not disclose to the family or to community leaders.\n\nMASH information share. Child: F, 15, 'S'. Family: father NOM RANA Ashraf (DOB 14/02/1975), aunt NOM RANA Ghazala (DOB 20/09/1980).\n\nSchool reports S has not attended since September. INT suggests S has been kept at aunt's house (3 Ivy Gr) to look after aunt's 4 young children and do the cooking and cleaning while aunt works. S told a friend by message she 'is not allowed out' and that her phone was taken after she talked to a teacher. Friend says S has a bruise on her face in a video call. INT also suggests an engagement is being arranged for S in Pakistan in the summer.\n\nS's older brother (19) lives at the father's address and attends college; no concerns about him.\n\nStrategy meeting today; S remains at aunt's address at present.",
  "av rom iso psv", "pa", "DS", "I")
a("[2/C/P] Single source. Female (Hungarian, 30s) advertised on escort site, photos show same room as other adverts. Same phone number on 6 adverts for different F. Controller unknown.",
  "", "sfw", "S")
a("[2/B/P] Bank alert: 30+ accounts at same Birmingham address, salaries from 'Midland Pack Ltd', funds swept within hour to account of nom GHEORGHE Ilie DOB 10/10/1980. Workers packers. Corroborated by GLAA.",
  "ww", "mbc ncw", "L")
a("INTELLIGENCE REPORT — Grading 2/B/P\n\nSubjects: NOM IBRAHIMI Sokol (DOB 09/07/1985); VRM LB70 SKX.\n\nINT suggests IBRAHIMI controls 3 female Albanians advertised on an adult website as 'new in town, 24/7'. The adverts are posted from IBRAHIMI's phone and all use one mobile number, which he answers. The women are moved weekly between short-let flats booked in his name and are driven by him. Source says one of the women was told that she owed GBP 10,000 for her flight and documents, and that the amount was increased after she lost a booking. IBRAHIMI keeps the women's ID cards 'so the landlord doesn't see them'. He has told them that in Albania his cousins know their families.\n\nIBRAHIMI also has a conviction (2019) for possession of an offensive weapon, not linked.\n\nCorroborated by analysis of adverts and booking records.",
  "db rod it", "sfw et", "S", "H")
a("[2/B/P] INT suggests 'camp' of Romanian Roma M begging in town, organised by nom CARAMAN Dorel DOB 05/09/1979; beggars have physical disabilities, are moved between cities each fortnight, hand takings to CARAMAN nightly, sleep in his van.",
  "av ww", "et plc", "C")
a("[2/C/P] Neighbour dispute — noise, barking dog, 7 Kestrel Way. Mediation offered. No crime.")
a("[2/B/P] INT suggests F IP (Brazilian, 28) recruited for 'cleaning job' by POI SOUZA Marcos DOB 02/12/1985; in UK, told she must sell sex to repay GBP 8k airfare. SOUZA says he'll send her photos to her church in Goiania if she leaves. Lives in flat where SOUZA stays.",
  "dec db it", "", "S")
a("[2/B/P] Nom ADAMS Terry DOB 08/08/1977 — assault on partner. DASH high. MARAC. No exploitation.")
a("[2/B/P] Corroborated by ship inspection. Scallop dredger 'BRIGHT STAR' — 4 Filipino crew living in forward hold, no heat, bunks wet; contracts say USD 600/month but crew report receiving nothing in 7 months 'paid at end of contract'. Skipper keeps passports in wheelhouse.",
  "ac ww rod", "plc", "L", "H")
a("[3/C/P] Untested. M at car wash seen 'scared of police' when patrol passed. No other info. Workers paid/housed unknown.", "", "foa", "")
a("[2/B/P] INT suggests POI MALIQI Arben DOB 11/03/1991 told Albanian M recruits the job was 'painting and decorating'; they were taken to a grow in Essex and locked in; they were told the lorry journey cost GBP 15k which they must work off.",
  "dec rom db", "", "C", "H")
a("[1/A/P] Wounding — nom PRICE Dylan DOB 17/07/1998 stabbed at party. Victim refuses to engage. Enquiries.")
a("[2/B/P] INT suggests F IP (Chinese, 23) at brothel, Eastgate — had no idea she'd be sent to work there, recruited for 'massage therapist'; earnings taken 'for rent'. Madam nom LIU Mei DOB 06/06/1971 always with her when she goes out.",
  "dec ww rom", "et", "S", "H")
a("[2/B/P] Complaint: agency worker (Romanian M) says he was paid late one week due to payroll error. Agency paid arrears next day. Worker independent. No MSHT.")
a("[2/C/P] INT suggests girls (x3, Roma, 12-14) pickpocketing on Underground, 'handler' nom MIHAI Costel DOB 24/12/1986 beats them if they bring back less than GBP 100/day.",
  "av psv ww", "", "C", "H")
a("3/C/P. Single source. Theft of parcels from doorsteps, Oak Estate — suspect M, 30s, on e-bike. Source hears he 'works for someone' but also says he sells the items himself at the car boot and keeps the cash. Nothing to suggest he is made to steal or owes anyone.")
a("[2/B/P] INT suggests POI KUMAR Rajesh DOB 09/01/1973 employs Indian chefs who owe him GBP 15k each for 'sponsorship'; repayment taken from pay so chefs receive GBP 150 a month; chefs live in accommodation above restaurant (8 men, 2 rooms); KUMAR shouts that he will 'end their visas' if they talk to anyone.",
  "db ww ac it av", "oa uf foa", "L", "H")
a("[3/C/P] Single. Concern F au pair (French, 19) 'works too hard'. Checked: au pair by agreement, 25 hrs/wk, paid GBP 100/wk pocket money per scheme, own phone, goes to college, free to leave. No concerns.")
a("[2/B/P] Hotel staff report: M (Romanian, 40s) booked 5 rooms weekly, F (18-25) in each, men visiting hourly; one F asked receptionist 'what city is this'. M collects keys and all cash.",
  "iso ww", "sfw", "S")
a("[2/A/P] Nom REES Gareth DOB 22/05/1983 — stalking ex-colleague. Arrested. Not MSHT.")
a("[2/B/P] Corroborated x3. POI KALLA Gezim DOB 13/08/1980 holding Albanian M (x2) at grow, 55 Beach Rd, after they tried to flee last night; one M beaten with pipe, both locked in bathroom. Address active now.",
  "rom psv", "pa", "C", "I")
a("[3/C/P] Source states packhouse supervisor nom DOBRE Adrian keeps workers' passports 'in the office' and workers must ask to get them back; workers live in farm caravans, 6 per caravan, charged GBP 60/wk.",
  "rod ac", "oa", "L")
