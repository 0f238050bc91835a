#!/usr/bin/env python3
"""Hand-written labelled texts for the Sightline indicator detector (set fresh66).

Every text below was written by hand; the helper X() only expands label
abbreviations to the fixed codes and derives risk from the labelling rules
(flag 'i' = immediate, 'c' = child at risk -> at least high).
Run: python3 bench/text/mkfresh66.py  -> writes bench/text/fresh66.jsonl
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

ROWS = []


def X(text, ind="", sig="", typ="", flag=""):
    i = [IND[k] for k in ind.split()]
    s = [SIG[k] for k in sig.split()]
    t = [TYP[k] for k in typ.split()]
    if flag == "i":
        risk = "immediate"
    elif not i and not t:
        risk = "low"
    elif (flag == "c" or "PV" in ind.split() or "S" in typ.split()
          or ("IT" in ind.split() and "RM" in ind.split()) or len(i) >= 3):
        risk = "high"
    else:
        risk = "medium"
    ROWS.append(dict(text=text.strip(), indicators=i, signs=s, exploitation=t, risk=risk))


# ---------------------------------------------------------------- part 1
X("""2/B/P INT suggests POI Marius CONSTANTIN (DOB 14/03/1988) runs hand car wash off Boucher Rd, Belfast. Approx 6 Romanian males work there and stay in flat above. INT suggests their ID cards are held by CONSTANTIN "for safekeeping" and their pay goes into an account in his name. Workers seen on site 0700-2100 every day incl Sundays.""",
  "RD WW EO", "dt ncw lh", "L")
X("""car wash on the kingsway swansea the lads there look half starved, no gloves in the freezin cold and the same ones every day from 7 til dark. think there sleepin in the portacabin out the back of it""",
  "AC EO", "pa saw plc lh", "L")
X("""Caller concerned about busy hand car wash on Newport Rd, Cardiff after seeing a poster about modern slavery. Officers attended: staff in uniform with gloves and boots, card machine on site, manager produced payroll records. Staff spoken to alone, all had own ID, paid weekly into own bank accounts, live at home addresses. No concerns identified. Words of advice to caller.""")
X("""I come from Hai Phong. Man in village say I can work in nail shop in England, $1,500 one month. My family pay him $18,000, they borrow from neighbours. When I reach Belfast they put me in house with the plants, I give water to plants, I cannot go out, the door is lock from outside. They tell me I owe more now for the food and electric. If I run they know where my mother is.""",
  "DC DB RM IT", "uf rm", "C")
X("""Student (21, Chinese national) reports passport lost on Botanic Ave, Belfast, believes dropped from bag. Advised to contact embassy. No other concerns.""")
X("""3/C/P Uncorroborated INT that mushroom farm nr Dungannon houses E. European workers in static caravans with no heating and no running water, toilets blocked. Owner deducts £60pw each for the caravan. No further detail.""",
  "AC", "plc", "L")
X("""Midwife note: Pt 19 yrs, Romanian, 28/40, attended booking with a male who said he was her cousin and answered every question for her. Pt avoided eye contact and could not tell us her address. Male keeps her passport and the hospital letters. When he left the room pt disclosed via phone interpreter that she "works in flats" and he takes all the money. Safeguarding informed.""",
  "IS RD WW", "sfw iso dt ncw", "S")
X("""DSL referral, Cardiff high school: Year 10 pupil (15) seen getting into different cars after school, has a new iPhone and designer clothes she cannot explain, missing from home 3 nights in the last fortnight. A friend says she goes to "parties" at a flat in Grangetown where older men give her vodka and she "has to be nice to them or she can't get home". Bruising seen on her upper arms in PE.""",
  "AV", "pa", "S", "c")
X("""Domestic incident, Rhyl. Couple arguing loudly over money, neighbours called. Both spoken to, no injuries, no offences disclosed. Female works at a bakery and manages her own wages. DASH completed, standard risk.""")
X("""Lorry stopped at Cairnryan, 4 Vietnamese males found in the trailer behind pallets of bottled water. Driver (Bulgarian) says he knew nothing. Males say they paid to be brought to "Ireland" for work and were told someone would meet them. Handed to IE, NRM considered.""",
  "", "uf", "")
X("""GLAA inspection, shellfish processor, Holyhead: agency workers charged £45 for waders and gloves on day one, deducted from first pay. Workers paid NMW for hours worked, live in own rented housing, no other concerns. Licence condition breach recorded.""",
  "", "ppe", "")
X("""Salvation Army caseworker note. Client A (Polish, 52) says he met a man at a soup kitchen in Gdansk who offered building work in Wales with a room included. In Wrexham he was put in a 3-bed house with 11 other men, mattresses on the floor. He was taken to sites in a van at 6am and brought back after dark. The man opened a bank account "for him" and kept the card; A says he got £30 on a Friday "for cigarettes". He left after 14 months when he was hospitalised with a chest infection. He has an alcohol problem and says the man used to bring vodka to keep him quiet.""",
  "AV DC WW AC", "oc cedl et ncw", "L")
X("""101 call: neighbour says 3 Asian men in the house next door go out in a minibus at 5 every morning and come back at 10 at night, the curtains are always closed. Caller doesn't know where they work.""",
  "", "cedl", "")
X("""1/A/P POI Gjergj LEKA (DOB 02/09/1994) controlling cannabis grow at 14 Ashgrove Terrace, Newry. Two Albanian males inside tending plants, both told they must work off €20,000 travel debt before they are allowed out. LEKA visits twice weekly with food and locks the front door with a padlock on leaving.""",
  "DB RM", "rm", "C", "i")
X("""honestly sick of the nail place on the high st in bangor, 3 young girls in there from 9 in the morning til 9 at night and a fella sits in a car outside all day watching them. they dont speak a word of english and when i asked one if she was ok the man came in and answered for her. something not right""",
  "EO", "lh sfw", "L")
X("""Referral from adult social care, Neath Port Talbot: Mr D (48), learning disability, known to services. Neighbour reports that a family on the estate have had D doing their gardening, cleaning cars and running errands for about a year. He is given food and cigarettes and they "look after" his benefit card. He told his support worker that if he stops they said they will tell his mam he is a thief.""",
  "AV WW IT", "ncw", "L")
X("""Pt attended A&E Antrim with a hand laceration from a meat saw at a processing plant. Says he has worked there 4 years, paid properly, has a contract and the supervisor drove him in. Injury reported under RIDDOR. No safeguarding concerns.""")
X("""Officer handover: Cuckooing concern at flat 3, Heol Maes, Swansea. Occupant (62, heroin user) says two lads from Birmingham have been "staying" since last month. They give him a bag a day and he lets them deal from the flat. He says he can't ask them to leave because one showed him a knife. Youth with them appears 15-16, not known to us. Plan: PCSO visit tomorrow, refer to MASH.""",
  "AV IT", "", "C", "c")
X("""INT suggests Slovakian family in Ballymena are being driven daily to a food factory by a man who takes £10 a day each off them for the lift. 2/C/P.""",
  "", "ct", "")
X("""Victim debrief (via Tigrinya interpreter). She says she left Eritrea in 2019 and was held in Libya, where she was sold twice and raped by guards. She says that a man in Libya told her that a family in London needed a nanny. She was brought to the UK by lorry and taken to a house in Cardiff where she cooked, cleaned and looked after three children from 6am until midnight. She slept on the kitchen floor. She says that the wife kept her papers in a drawer in the bedroom and told her the police would put her in prison because she had no visa. She was never paid.""",
  "PV DC EO AC RD AV WW IT", "lh saw dt foa", "D")
X("""Report from bank fraud team: 9 different debit cards used at the same ATM on Shankill Rd within 20 minutes on several Fridays, each withdrawing the full balance shortly after a wage credit from a recruitment agency. Cardholders all Romanian nationals with the same registered address.""",
  "WW", "mbc ncw", "L")
X("""Community member phoned Crimestoppers: "Theres a house on Mostyn St Llandudno has 20 odd people living in it, mattresses in the garden drying, bins overflowing. Men and women. Theyre picked up by a white Transit every morning." Info passed to Local Authority HMO team.""",
  "", "oc cedl", "")
X("""Local housing officer visited an HMO in Grangetown following complaints. 9 occupants, all students from the same college, each with own tenancy. Overcrowded for the licence (licensed for 6) — landlord served improvement notice. No signs of exploitation; tenants work part-time jobs of their own choosing.""",
  "", "oc", "")
X("""2/B/C (not to be shared with employer) Fishing vessel berthed at Kilkeel. Crew of 5 Filipinos and Ghanaians. INT suggests crew not paid for 7 months, skipper says money "sent to the agency in Manila". Crew sleep on board, not allowed ashore unless skipper goes with them. One crew member has a healed facial injury, says skipper hit him with a rope.""",
  "WW RM PV", "ncw saw rm pa", "L")
X("""Call summary 999: female, distressed, says she is in a flat above a takeaway in Newry and the man who brought her from Dublin has taken her phone and locked her in, she is using a phone she found. She says she has to see men. Call dropped. Cell site Hill St area. Units dispatched.""",
  "RM IS", "rm iso", "S", "i")
X("""Takeaway in Penarth has had the same lad working in it since he arrived, he's maybe 17, never seen him outside except putting bins out, owner told my mate he lives upstairs and "it's family".""",
  "AV", "saw", "L", "c")
X("""Council licensing visit to a nail salon, Caernarfon. All three technicians produced right to work, payslips match rota, hours 10-6 Tuesday to Saturday. One employee said she'd like more hours. No concerns.""")
X("""3/C/P INT that male known as "BOSS" arranges Romanian women for adverts on AdultWork-style sites, rotating through Airbnbs in Cardiff Bay, Swansea Marina and Belfast city centre. Women said to pay £150 a week for their "adverts" and to hand over all cash at the end of each night.""",
  "WW", "ncw", "S")
X("""I was working in the Sudan, my father was dead. A man he tell me there is job in the UK in restaurant and he will take care of everything. In England they take me to car wash in Swansea and I work from sun up to sun down, seven days. The boss says my pay go to the man who bring me, for the journey, and after one year he say I still owe £4,000. I sleep in the back room with four others.""",
  "DC EO DB WW AC", "lh saw oc ncw", "L")
X("""Anon online report: i seen two kids maybe 12 13 sellin the big issue type mags at traffic lights on Westlink every day even in school time, a man drops them off in a silver merc and collects the money off them every hour""",
  "AV WW", "cedl ncw", "C", "c")
X("""Border Force, Belfast Port: Polish male (34) travelling alone for a job at a meat plant, offer letter from a licensed agency, return ticket, £400 cash, own passport. Agency verified by phone. No concerns, allowed through.""")
X("""Intelligence log. 2/B/P. POI Tomasz WRÓBEL (DOB 20/11/1979) suspected of placing Polish and Lithuanian men at chicken catching teams in Co. Armagh. Men recruited via Facebook with promises of £600/week. INT suggests once here each is charged £250 "registration", £90pw rent for a shared room, and £20pw for transport. One source says after deductions some men receive under £50.""",
  "DC WW", "uf ct ncw", "L")
X("""Nothing much here - gang of lads working on a roof in Mumbles from 7am on a Saturday, noisy. Neighbour complaint re noise only, they're a local firm.""")
X("""Safeguarding referral, GP surgery, Wrexham: Patient (Filipino, 44) registered by her employer, a consultant surgeon. She told the nurse she works for the family 7 days, looks after two children and the elderly mother, and has not had a day off since she arrived in March. She said "Ma'am keeps my passport in the safe so I don't lose it". She is paid £200 a month which goes "to my family at home" via the employer.""",
  "EO RD WW", "lh dt ncw", "D")
X("""PSNI: Report from member of public. Man seen begging outside Tesco on Royal Ave every day, same spot, same time, dropped off 8am by a car and picked up 6pm. Has a very bad leg. Caller thinks he's being made to do it.""",
  "", "cedl pa", "")
X("""Victim account (Albanian, 17 when recruited): "My boyfriend said we would live in London and marry. He bought me nice things. In London he said he owed money to bad people and I had to go with men to pay it. He hit me when I said no. He kept my ID card. I was moved to Cardiff, then Belfast, always in hotel rooms." """,
  "AV DC PV RD DB", "dt", "S", "c")
X("""Neighbour dispute, Llanelli: two households arguing over a shared drive. Caller alleges neighbour "keeps his workers like slaves" — neighbour is a builder whose two apprentices were spoken to; both local, living at home, paid via PAYE. Allegation appears malicious. No offences.""")
X("""2/A/P Officers at traffic stop on A5 near Pentrefoelas: Mercedes Sprinter VRM CX19 KTD carrying 9 Romanian males to a turkey farm. Driver Ion CRISTEA spoke for all, produced a carrier bag with 9 ID cards. Males appeared tired and thin, one with no shoes, said they had not been paid "yet" after 6 weeks.""",
  "RD WW", "sfw dt pa et", "L")
X("""Text from staff at homeless hostel, Belfast: "One of our lads (28, ex-prison) says a man offered him cash-in-hand work on a farm in Fermanagh, £50 a day, accommodation included. He went Monday and came back Tuesday - said it was fine but not for him. Just flagging in case." No indicators disclosed.""")
X("""Charity outreach note — Swansea Bay cockle beds. Group of around 15 Chinese workers on the sands at low tide, no life jackets, no tide tables, one gangmaster on the shore with the van. Workers told us they are paid per bag but the "boss" takes the money and gives them a little for food. They live in 2 houses in Sandfields, around 8 to a house. They seemed frightened when we mentioned police and asked us not to report.""",
  "AC WW", "ncw oc foa", "L")
X("""Call summary: caller's elderly father (88, dementia) has a live-in carer from an agency. Caller worried she has no days off - agency confirmed she works a 2-week rotation, then 2 weeks at home, paid weekly, and has her passport. Caller reassured.""")
X("""1/B/P Male (Vietnamese, approx 16) arrested leaving a house in Coleraine where cannabis grow found (180 plants). Told officers he was brought from France in a lorry, has been inside the house for "many months", and the man who feeds him said his family would be hurt if he left. Referred to NRM; placed with social services.""",
  "AV RM IT", "rm", "C", "c")
X("""Public report: "they have a young woman in that house in Roath doing all the work, she's out at 6 taking the kids to school and back doing the washing till late, never seen her go anywhere on her own. family are doctors I think. She looks terrified" """,
  "EO RM", "lh rm", "D")
X("""Probation note: Service user (24) says he is being "made to hold" drugs in Rhyl for a group from Liverpool because he owes them £1,200 after some went missing. Says they told him the debt goes up £100 every week he doesn't pay, and that they've been to his nan's house.""",
  "DB IT", "", "C")
X("""3/D/P Vague INT from unknown source that "lots of foreigners" work at the bottling plant in Antrim. Checked: plant recruits via licensed agency, GLAA audit 2024 clear. No further action.""")
X("""Interpreter's summary, Romanian, debrief 2. She says that the man, Florin, told her that she would wash dishes in a hotel in Belfast. She says that when she arrived he took her ID card "to register her" and did not give it back. She says that she was kept in an apartment with three other women and men came there, and that she could not refuse. She says that Florin said he would send photos to her father if she tried to leave.""",
  "DC RD PV IT RM", "dt rm", "S")
X("""Lorry driver at Holyhead port approached staff to say a Moldovan woman in his cab had been "given" to him as a lift to Liverpool by a man in Dublin who had kept her phone. She told staff through Google Translate that she had no money and did not know where she was going.""",
  "IS", "iso fpe", "")
X("""Report from a parent: my son's 14 and his mate says he's been going to Bangor with older lads on the train with a bag, comes back with cash and a new phone. He won't say who they are. Last week he came home with a black eye and said he'd "lost something" and has to make it up.""",
  "AV DB", "pa", "C", "c")
X("""Staff at a care home in Newtownabbey raised concerns to RQIA: night carers supplied by an agency say they were recruited in Kerala with a fee of £9,000 they are still repaying from wages, and the agency has told them their visas will be cancelled if they complain. They work 60-70 hours a week.""",
  "DB IT EO", "uf lh", "L")
X("""Police intel 2/B/P: Chinese female, 40s, using name "Lily", advertises massage at 3 addresses in Belfast, Lisburn and Newry on rotation, 3 nights each. Phone 07882 441 902. No indicators of coercion at this time; sex work suspected.""",
  "", "", "S")
X("""Witness statement extract: "I work at the recycling plant in Deeside. A group of six men started with us through a different agency. They were dropped at 5:30 every morning by a big Lithuanian fella who wouldn't let them talk to us at breaks. One of them told me in broken English they sleep in a garage and he takes their wages because they owe him for the flights. I saw one with a bruise on his face the day after he asked me for a lift." """,
  "IS WW DB AC", "cedl iso ncw plc pa", "L")
X("""Intelligence report. POI SHAH, Adeel (DOB 11/01/1983). Owner of two takeaways in Newport. INT suggests he employs Bangladeshi students beyond the 20 hours their visas allow during term. Enquiries: students paid at NMW through payroll, own accounts, live in private lets. Referred to Home Office Immigration Compliance. 3/C/P.""")
X("""hi i want to report my landlord, he keeps the deposit and won't fix the boiler. I've been here 2 years and work at Amazon. Is this modern slavery?""")
X("""Social worker case note, Belfast Trust: Young person J (16, unaccompanied asylum seeker from Sudan) missing from placement for 5 days. Returned with £300 and two phones. Told staff he was "working for a friend" delivering packages in Derry. Later disclosed he was told he owes the friend £2,000 for his journey from Calais and that the friend has his birth certificate.""",
  "AV DB RD", "dt", "C", "c")
X("""GLAA note: flower picking, Pembrokeshire. Gangmaster licence holder provides minibus, no charge; hours 7-4; workers have own bank accounts, payslips itemised. Accommodation: caravans on site, clean, 2 per caravan. Compliant.""")
X("""Yo there's a guy outside lidl in Caernarfon every day with a paper cup. Hes always there. Someone drops him off tho in a BMW. And takes the cup money at lunch. Not right""",
  "WW", "cedl ncw", "C")
X("""Brief: victim debrief extract. "They showed me a video on the phone of a man being beaten in a field, and said this is the one who tried to go to the police. After that I didn't ask for money any more." """,
  "IT", "", "")
X("""Missing person report: Chinese national (19) student, last seen in Swansea. Found 2 days later at a friend's in Bristol, had gone without telling anyone. Well, no concerns.""")
X("""2/B/P INT suggests Slovak Roma family in Cardiff (POI BALOG, Jozef) bringing young relatives from Kosice and placing them into begging and shoplifting in city centre stores, with all proceeds handed to BALOG. Children said to be aged 11-15 and not registered at school.""",
  "AV WW", "ncw", "C", "c")
X("""Officer notes from visit to an Indian restaurant in Bridgend. Chef (35, Indian national, Skilled Worker visa) says he works 6 days, 11 hours, and is paid £2,100 a month into his own account. Says the hours are tiring but he can leave if he wants and has his passport. Accommodation is a flat the owner rents to him at £300/month. No further action.""")
X("""Safeguarding referral from Holyhead High School: Y9 pupil (14) disclosed to teacher that a 22-year-old man gives her alcohol and that she has been made to have sex with his friends at a caravan park near Trearddur. She says he told her if she tells anyone he'll put the videos online.""",
  "AV PV IT", "", "S", "c")
X("""Caller is a van driver who drops groceries at a farmhouse near Ruthin. Says a man (East European?) works the fields there and he's never once seen him in the shop or the pub in 3 years. Farmer told him "he's no trouble, he doesn't need money". Man lives in an outbuilding.""",
  "WW IS AC", "iso saw plc", "L")
X("""INT (3/C/P) suggests male "Costel" collects 10-12 Romanian workers at a lay-by near Craigavon at 04:45 daily and drops them back after 20:00. Workers said to be charged for the minibus and for "work clothes".""",
  "", "cedl ct ppe", "L")
X("""From Kalayaan case note: Ms R (Indonesian) came to London with a Saudi diplomatic family, later moved with them to a house in North Wales for the summer. She says she slept in the laundry room, ate leftovers, worked from 5am until the family slept, and was beaten by the eldest son when a glass broke. She was not allowed to leave the house and her phone was taken from her on arrival. She escaped by walking out at night while they were at a wedding.""",
  "AC EO PV RM IS", "saw lh pa rm iso", "D")
X("""The little boy in that flat on the Shore Road, maybe 10, is left on his own all day. Mum works. Somebody should check.""",
  "", "", "")
X("""Victim debrief: he says he was told he would be donating blood for money. In a clinic in Turkey after they arrived, he woke up with a scar on his side. He was later told one of his kidneys was gone and he was paid $2,000, not the $10,000 promised. He has since come to the UK and lives in Cardiff; he is afraid the men will come for him.""",
  "DC", "foa", "O")
X("""Kidney transplant patient, 62, Royal Victoria Hospital, deceased donor organ allocated via NHSBT. Routine follow-up. No concerns.""")
X("""1/A/P Police search warrant at 22 Glen Rd, Belfast: 7 Vietnamese nationals found in loft conversion growing cannabis, windows boarded, exterior door padlocked from outside. All are thin and unwashed. Occupants state they have not been outside for weeks.""",
  "RM AC", "rm pa plc", "C", "i")
X("""Email from a farmer in Carmarthenshire to GLAA asking how to check if a labour provider is licensed before hiring seasonal pickers. Helpline gave advice. No allegation.""")
X("""ok so this is gonna sound mad but the guy who runs the barbers on castle st in Ballymena has like 5 lads living in the back, they cut hair 9 til 9 7 days, they told my cousin they get paid £100 a month and the rest is for "there visa". and they cant go out in the evenings""",
  "EO WW RM DB", "saw lh rm", "L")
X("""Pt (F, 23, Nigerian) attended GUM clinic Cardiff Royal Infirmary. States she came to UK to study but "madam" arranged her visa and now says she owes £35,000. She has to sleep with clients to pay it. She says madam made her swear an oath at a shrine before leaving Benin City and she will go mad if she breaks it.""",
  "DC DB IT", "", "S")
X("""A member of the public reports a teenage girl, possibly 15, getting into taxis late at night outside a hotel in Swansea with an older man who books the rooms. Staff say the girl never speaks and the man pays cash.""",
  "AV", "sfw", "S", "c")
X("""Bank alert: Customer (Mr P, 71) has set up a new payee and transferred £9,000 to an account in Lagos after an online romance. Customer says he is in love. Fraud team intervened. No exploitation indicators; romance fraud victim.""")
X("""INT 2/B/P: Sudanese males (approx 8) living in a 2-bed flat above a shop in Splott. Believed to work at a warehouse via an unlicensed agency. Source states the agency holds their bank cards and PINs and pays them "what is left" after rent. Same male escorts them to and from work.""",
  "WW AC", "oc ncw et", "L")
X("""Volunteer at food bank Newry: "A Lithuanian man came in shaking, said his boss had kicked him out of the caravan for asking about his money and wouldn't give back his passport. He has nowhere to go." Referred to Migrant Help.""",
  "RD", "dt", "L")
X("""Forced marriage unit referral: British Pakistani woman (20) from Newport says her family have booked flights to Mirpur where she is to be married to a cousin. Her passport has been taken by her father. She is not allowed out of the house except with her brother. She is frightened she will be kept there.""",
  "RD RM", "dt rm", "", "i")
X("""Intelligence: POI MURPHY, Sean (DOB 06/06/1970), Traveller site, Co. Down. Historical (2016) reports of vulnerable men working on tarmacking crews. Recent INT (2/C/P) that a homeless man from Manchester has been living in a horsebox at the site for two years, works laying drives every day, gets food and a bit of drink, no wages.""",
  "AV WW EO AC", "plc lh", "L")
X("""Teacher's note: Pupil (Romanian, 13) often asleep in class, says she looks after her little brothers and her aunt's kids every evening and weekend while the adults work. Lives with mum and aunt. Family support referral made; no indication anyone outside the family is involved or profiting.""")
X("""Salvation Army first responder note: Male (Vietnamese, stated 18 but appears younger) says he was moved between three nail bars in Belfast, Newry and Lisburn over a year. He worked 9am-8pm, slept on the salon floor, and the owner kept all his wages to pay the snakehead. He was never allowed to go out alone.""",
  "AV EO WW DB RM AC", "lh saw ncw rm", "L", "c")
X("""Report received via Unseen helpline: caller from a hotel in Llandudno says a Romanian chambermaid told her she pays her "boss" £500 a month out of her wages or he will tell the hotel she stole. She has her own bank account.""",
  "IT", "", "L")
X("""Local news summary: North Wales Police executed warrants at two caravan parks near Abergele. Eleven men, mostly from Poland and the UK, found living in run-down caravans without heating. Several told officers they had been picked up from homeless shelters and promised paid work. They were worked on block-paving jobs and paid in food and beer. Three arrested under s1 MSA 2015.""",
  "AV DC AC WW", "plc", "L")
X("""ASB complaint: youths hanging around the flats on the Waterfront, Swansea, smoking cannabis and being abusive. No exploitation concerns noted by PCSO.""")
X("""3/C/P INT suggests a Romanian woman at an address in Lurgan is being kept by her partner who takes her to a car wash he manages, where she cleans the office and valets cars unpaid. Partner reportedly has her ID card.""",
  "WW RD", "dt", "L")
X("""Interpreter note (Arabic), debrief. He says he came from Sudan through Libya and Italy. He says in Calais a man said there was work in a kitchen in Belfast, and they would take the money from his wages to pay for the crossing. He says at the kitchen he worked every day from 10am to 2am. He says he was given a mattress in the storeroom. He says he asked for his pay after 3 months and the boss said he still owed £2,500.""",
  "DB EO AC", "lh saw", "L")
X("""Member of public: "Saw a man shove a young woman into a car outside the bus station in Bangor, she was screaming, red Audi reg FX17 something." Officers traced — couple arguing, no injuries, she declined to make complaint.""")
X("""Caller (retired nurse) from Ruthin says her Filipino carer is lovely and she pays her through an agency, wants to know if she should be worried about slavery after seeing a TV programme. Carer has her own flat and car. No concerns.""")

# ---------------------------------------------------------------- part 2
X("""Pt brought to Ysbyty Gwynedd ED by a co-worker with a crush injury to his foot from a forklift at a timber yard. Co-worker translated. Pt Latvian, 29, lives with girlfriend, employed directly. Employer informed HSE. No safeguarding concerns.""")
X("""INT 2/B/P: Vietnamese female aged approx 14-15 seen working in a nail bar on Lisburn Rd during school hours. Staff say she is the owner's "niece". Source states she sleeps in the back and is not enrolled at any school.""",
  "AV", "saw", "L", "c")
X("""Anon report: The mushroom farm outside Armagh has men coming and going at all hours, been told they work 16 hour shifts picking and get shouted at if they stop. Accommodation is portacabins in the yard, one had a fire last winter.""",
  "EO AC", "lh plc", "L")
X("""Barnardo's worker note: K (13, in care) has been going missing from her residential home in Bridgend. Returned last night by taxi, paid for by an unknown adult. She has a second phone with contacts saved as emojis. She said "Dan" is her boyfriend and he's 25. She has been seen at a flat in Port Talbot known for drug use.""",
  "AV", "", "S", "c")
X("""Call summary 101: woman says her Polish neighbour, who works at a chicken factory in Ballymena, told her the agency charges him £350 a month for a bed in a room with 3 others and takes it from his pay. He said otherwise the job is ok and he's thinking of moving. Caller asked if this was legal.""",
  "", "oc", "")
X("""2/A/C (do not disclose to the council) Local authority enforcement officer states that at 41 Tredegar St, Newport, 14 men share 4 rooms; landlord is also the director of the labour supply company that employs them at a parcel depot. Men told officer their rent is taken from their wages before they see it and several have had their passports "copied" but not returned.""",
  "AC RD WW", "oc dt ncw", "L")
X("""hello i am worried for my friend she is from Brazil she come to work in cleaning but now the man she live with dont let her go out only to the work and he take her salary. she cry a lot on the phone. she live in swansea somewhere she doesnt know the street""",
  "RM WW IS", "rm ncw iso", "L")
X("""1/A/P Border Force Holyhead: coach from Dublin, 3 Nigerian females aged 17-19 travelling with a male who holds all their passports. Females say they are going to London to study fashion but have no enrolment documents and do not know where they will stay. Male (AKPAN, Felix, DOB 30/07/1981) refused to answer questions. Females taken into care of local authority, NRM referrals made.""",
  "AV RD IS", "dt sfw iso", "S", "i")
X("""Dog walker reports seeing a man sleeping in a shed at the back of a car wash near the retail park in Rhyl, "the same man I see washing cars all day". Said it was frosty.""",
  "AC", "saw plc", "L")
X("""Police log, Strabane: report of possible trafficking at an address on Main St. Officers attended. 4 Romanian women live there, rent privately, all work at the local packing plant via an agency and were happy to chat. Each showed her own ID and bank card. No indicators. Caller had seen them being dropped off by minibus and misunderstood.""")
X("""Debrief extract, first person (Polish, translated). "When I came from Poland the agent Darek he say ok the first four weeks you work for free for the training. Then he say you have to pay for the house, for the bus, for the safety boots. Every week I am in minus. I work in the chicken from 6 till 6 and I have no money for the bus home." """,
  "DC WW DB EO", "ct ppe lh", "L")
X("""Man seen sleeping rough in a doorway on Queen St Cardiff asked outreach for help with a bed. He is British, has a bank card and universal credit, and no one is controlling him. Housing referral made.""")
X("""3/C/P INT that a female known as "Auntie" supplies Chinese women to massage parlours in Belfast and Derry; women do not speak English and are moved every 2 weeks. Phone numbers on adverts change weekly.""",
  "", "", "S")
X("""Public report (Crimestoppers, anon): "lad from Albania works in my mates car wash in Llanelli, hes 16, the boss took his passport when he come and says hes gotta pay back the £15k for the lorry. hes scared as hell of the police cause boss says theyll send him to prison""",
  "AV RD DB IT", "dt foa", "L", "c")
X("""PSNI Modern Slavery and Human Trafficking Unit: follow-up on referral from a solicitor. Client is an Indian national who overstayed a student visa. She works in a care home and is paid properly, has no debt, holds her own documents. Solicitor wanted to check whether her irregular status alone met the threshold. Advice: no indicators of exploitation; immigration advice only.""")
X("""Social media report forwarded to police: Facebook post advertising "jobs in Wales farms, £500 per week, free house, free travel, contact Andrei" with a Romanian phone number. Several commenters say they went and were never paid.""",
  "DC WW", "", "L")
X("""Interpreter's summary (Vietnamese). He says that in the house in Cardiff the men who ran the cannabis came every three days. He says they took his phone the first day. He says that when he was sick with a fever they did not take him to a doctor and told him he could not go out because the police would arrest him and send him back. He says he slept on a mat next to the lamps and it was very hot.""",
  "IS RM AC AV", "iso rm foa saw", "C")
X("""Call summary 999: male caller in Welsh and broken English, says he is at a farm near Dolgellau, his boss hit him with a spade and he is bleeding from the head. He says he has been there 3 years and is not allowed to leave. Ambulance and units dispatched.""",
  "PV RM", "pa rm", "L", "i")
X("""Officer note: visited the car wash on Duncrue St following intel. Manager spoke for all staff and refused to let officers speak to workers alone. Three workers had no ID on them. One said the boss "keeps everything in the office". Re-visit planned with interpreter.""",
  "RD", "sfw dt", "L")
X("""INT 2/B/P: POI HUSSAIN, Imran (DOB 12/12/1990) organising sham marriages in Swansea between EU national women and Pakistani men. Women from Slovakia brought over on promise of cleaning work, then told they must "marry" for a fee they never receive. Women kept in a house in St Thomas until the ceremony.""",
  "DC RM WW", "rm", "C")
X("""Good practice note: Welsh Government-funded project with a mushroom farm in Powys. Workers receive induction in their own language, free PPE, written contracts, own rooms on site, and access to an independent helpline. No concerns raised in annual audit.""")
X("""From a member of the public: Theres a lad in the chippy in Holywood whos there every time I go in, 11am til midnight, every single day. Hes Chinese and maybe 20. He sleeps upstairs I think.""",
  "EO", "lh saw", "L")
X("""Refugee Council caseworker: client (Afghan, 19) says he was forced to sell drugs in Newry by the men who paid for his journey from Calais. They said he owed £6,000. They beat him when he was short. He has scars on his back.""",
  "DB PV", "pa", "C")
X("""ATM intel: Cardiff Bay cash machine, 1 male withdrawing from 14 separate cards in sequence on a Friday evening. Cards in names of Slovak nationals who are on the payroll of a meat processing agency. Male identified as BALAZ, Milan (DOB 04/04/1976).""",
  "", "mbc ncw", "L")
X("""Cleaner at a hotel in Belfast says a man comes every morning to take 3 of the Eastern European maids to the hotel and collect them at night, and one told her he has her passport "in case she runs". She gets £20 a week from him.""",
  "RD WW", "et dt ncw", "L")
X("""Domestic abuse referral, Wrexham: female (34) says husband controls all money, takes her salary from her job at a supermarket, and checks her phone. She wants to leave. IDVA referral. (DA; no third-party exploitation)""",
  "", "ncw", "")
X("""2/C/P A source reports that a man in Lurgan has several "carers" from India living in his house who are sent out to care for elderly people privately. Source says each had to pay £12,000 to come and they still owe him, and he takes their pay.""",
  "DB WW", "uf ncw", "L")
X("""Public: "there's a young fella selling the Big Issue outside Boots in Bangor (the Welsh one) every day, he's lovely, he has his own badge and told me he's saving for a flat" — caller wanted to give him a jacket, asked if that's ok. No concerns.""")
X("""Nurse, sexual health clinic Belfast: Pt (F, 26, Romanian) has attended 4 times, each time with a different man who pays for her taxi. Pt says she works for herself, has her own flat, and wants contraception advice. Declined support. No coercion disclosed.""",
  "", "", "S")
X("""Child Protection referral: neighbours in Cwmbran report a 12-year-old Nigerian girl living with a family who are not her parents; she is not at school and is seen hanging washing and cleaning windows. Family say she is a relative on holiday. She told a neighbour she is "the housegirl".""",
  "AV", "", "D", "c")
X("""ANPR / INT: VRM YK67 FVD, white Ford Transit, seen daily 04:30 at Newry crossing southbound then 21:00 northbound. Linked to labour provider suspected of shuttling workers to farms in Co. Louth. 3/C/P.""",
  "", "cedl", "")
X("""Victim, debrief (Sudanese, 24): "In Holyhead we got out of the lorry. A man was waiting. He said he was a friend of the man in France. He took us to a farm, I don't know where, with hills and sheep. I worked with the sheep and cleaning the barns. We could not go anywhere because it was far and he had the car. He never paid me. After two months I walked to the road and asked a lady for help." """,
  "IS WW RM", "iso rm", "L")
X("""GLAA intelligence: licensed labour provider in Craigavon found to be deducting £15/week "PPE fee" from all workers for hi-vis they already own. Otherwise compliant. Advice and warning.""",
  "", "ppe", "")

# ---------------------------------------------------------------- part 3
X("""Lad at the car wash in Pontypridd says boss keeps his passport. Looks about 16.""",
  "AV RD", "dt", "L", "c")
X("""INT: POI KOVAC running girls out of a flat on Ormeau Rd. 3/C/P.""",
  "", "", "S")
X("""Caller reports lost wallet at Swansea bus station. No further concerns.""")
X("""Men at the farm on the Ballynahinch Rd are never let off the land.""",
  "RM", "rm", "L")
X("""Nail bar girl said she hasn't been paid since she started in June.""",
  "WW", "", "L")
X("""She says she owes them £40k for the trip and it goes up every month.""",
  "DB", "", "")
X("""Worker at recycling plant in Wrexham lost two fingers in a baler, employer fined by HSE. Employee on contract, paid properly.""")
X("""Source says the cannabis gardener in Larne has been told they'll kill his wee sister in Vietnam if he runs.""",
  "IT", "", "C")
X("""Seasonal worker from Ukraine called helpline to ask how to change farm; scheme operator arranged transfer. No indicators.""")
X("""Au pair (Spanish, 20) in Cardiff says host family is kind, she has weekends off and her own room.""")
X("""2/B/P Girls in the Lisburn flat are not allowed phones. Driver keeps them.""",
  "IS", "iso", "S")
X("""Boss took our passports at the airport and said we get them back when the contract is done.""",
  "RD", "dt", "")
X("""Takeaway worker says he works 14 hours a day with no day off for 8 months.""",
  "EO", "lh", "L")
X("""Hotel porter says the agency paid him a week late in March but it was sorted the following week; he has no other complaint.""")
X("""Roofing gang in Rhyl are paid in cans and a roof over their heads, nothing else.""",
  "WW", "", "L")
X("""Woman at the brothel in Newry has a black eye and says the owner did it.""",
  "PV", "pa", "S")
X("""She was told it was a job modelling swimwear in Manchester. It wasn't.""",
  "DC", "", "")
X("""Vietnamese boy, 15, found in a loft grow in Port Talbot. Alone. Door bolted outside.""",
  "AV RM", "rm", "C", "i")
X("""My cousin works on a farm near Omagh, minimum wage, lives in her own house. She just hates the job. I don't think it's slavery.""")
X("""Man who cleans the pub in Conwy sleeps in the cellar. Gets paid in meals.""",
  "AC WW", "saw plc", "L")
X("""Girl (14) missing, believed with older male in Derry. Location unknown. Active search.""",
  "AV", "", "S", "c")
X("""Asked if she could leave, she said "the boss says I can go when my debt is paid".""",
  "DB RM", "rm", "")
X("""Student's bike stolen outside Aberystwyth uni library. CCTV requested.""")
X("""Crew on the trawler at Milford Haven have no contracts and haven't been ashore in five months.""",
  "RM", "rm", "L")
X("""Community member reports a "slave" on a Facebook video; it is a costume party clip. NFA.""")
X("""Agency driver refuses to let the workers talk to the site manager and answers every question himself.""",
  "IS", "sfw iso", "L")
X("""3/C/P Male in Splott said to have the bank cards of six Romanian hand car wash workers and draws their wages on Fridays.""",
  "WW", "mbc ncw", "L")
X("""Charity worker's note. Ms T (Nigerian, 31) says she came on a visitor visa to look after her aunt's children in Newport. The aunt took her passport "to extend the visa" and never did. She was not allowed to eat with the family, was made to sleep on the settee in the living room after everyone went to bed, and was up at 5 to iron the uniforms. She says the aunt told her that in this country the police deport people like her the same day. She did all the cleaning, cooking and childcare. She says she was given £50 at Christmas.""",
  "RD DC AC EO IT WW AV", "dt lh foa", "D")
X("""PSNI handover, Lisburn. Night shift attended a disturbance at a house on Low Rd. A Vietnamese female (approx 20) ran into the street barefoot shouting for help. Through Language Line she said she was brought from London to do nails, but the two men who live there keep her in a bedroom and lock it when they go out. She has bruising to both wrists and says they hold her down. Both males (TRAN, Van Duc DOB 08/02/1985; unknown male) left the scene in a grey Golf VRM NBZ 4132 before police arrived. Female taken to Antrim Area Hospital, SARC referral, NRM referral made by MSHTU. House secured for forensic examination. Second bedroom contained two mattresses, women's clothing and a list of names and phone numbers — possible further victims.""",
  "DC RM PV", "rm pa", "S", "i")
X("""Long-read summary (press): A gangmaster who supplied cockle pickers to the Burry Inlet has been jailed for eight years. The court heard he recruited homeless men in Bristol and Cardiff by promising "good money on the beach". They lived twelve to a house in Llanelli, were driven to the beds before dawn and back at night, and were charged for their transport, their waders and their rent. One man said he earned nothing in his first month. The judge said the defendant "preyed on men with nowhere else to go". A separate, licensed operator on the same beds, whose pickers were described in court as well paid and properly equipped, was praised by the GLAA.""",
  "AV DC AC WW", "oc cedl ct ppe", "L")
X("""Intelligence entry. 2/B/P. Subject: address 7 Ferndale Close, Holywell. Six male Romanian nationals resident. INT suggests the landlord is also their "boss" and that he takes their wages from a recycling company as "rent" and returns them £40 a week. Workers reportedly fed bread and tinned food. Subject vehicle VRM CN20 PXO seen transporting males at 05:15. Linked nominal: POPESCU, Dorin (DOB 19/05/1987), previous conviction for ABH. Action: refer to GLAA, request joint visit.""",
  "WW AC", "ncw cedl et", "L")
X("""Safeguarding referral (school nurse, Swansea). Pupil, 16, male, White British. Has been excluded twice this term. Mother reports he goes out at night and comes back smelling of cannabis with cash. Last week he was found by BTP on a train to Aberystwyth with 20 wraps in his sock and a phone with one contact, "Dee". He says he has to "do a run" every weekend or Dee's people will "do" his mum. Mother says a car parks outside the house most nights. Referred to the youth offending service and NRM.""",
  "AV IT", "", "C", "c")
X("""Call summary, Modern Slavery Helpline. Caller is an HR manager at a food factory in Llangefni. A worker from an agency told a line leader he'd paid £1,500 to a man in Bucharest for the job. HR contacted the agency, who had no knowledge of this and have reported it to the GLAA. Worker is paid directly by the agency into his own account and lives in his own rented room. HR wants advice.""",
  "", "uf", "")
X("""Witness statement extract (bar manager, Belfast city centre): "There's a man comes in most Thursdays with two or three girls, young, dressed up. He orders for them. He takes a phone call and one of the girls leaves with whoever is waiting outside. The girls never have a bag or a coat, even in winter. One of them asked me once, very quiet, what the address of the bar was. I gave it to her on a napkin and she hid it in her shoe." """,
  "IS", "sfw fpe iso", "S")
X("""Debrief extract, interpreted (Albanian). He says that the men in Tirana told him he would work on a construction site in Belfast for £80 a day. He says he was instead put in a house in Newtownabbey where there were plants. He says that they told him if the police come he must say the plants are his, or his family would pay. He says that he was allowed out once a week to the shop with one of the men. He says his debt was £25,000 and they told him the electricity and the food made it bigger. He says they took his passport in Dublin. He says he lost a lot of weight because the food was not enough.""",
  "DC IT RM DB RD AC", "rm et dt pa", "C")
X("""Adult safeguarding, Conwy County Borough Council. Concern: Mr H (57), acquired brain injury, lives alone in a flat in Colwyn Bay. Support worker found four young men from Merseyside staying there, with scales and small bags on the table. Mr H said they are "his mates" and they give him a tenner sometimes. He no longer has his bank card; they "keep it safe". He said he sleeps in the chair because they use the bedroom. Flat is dirty and the fridge empty. Police informed as suspected cuckooing.""",
  "AV AC", "ncw plc", "C")
X("""Public report received online (verbatim): "I live behind the hand car wash on the corner of Clarence st in newport and I want to say its fine actually, people keep reporting it but the lads are paid, I know a couple of them, they go home at 6 and have a pint in the Queens. there was a raid last year and nothing found. Please stop harrassing them." """)
X("""Handover note, Caernarfon response team: Attended a static caravan park near Pwllheli re a noise complaint. Four men from Portugal in one van, drinking. They work for a shellfish processor, each has his own van on the site paid for by the firm as part of the contract, all had ID and payslips. Loud music turned down; no further concerns. Told the site warden.""")
X("""From a GP in Enniskillen: "I saw a Romanian man (45) with untreated cellulitis of both legs. He said he works on a farm, sleeps in a shed with 5 others, and has been told he can't see a doctor without the boss. The boss drove him here and waited in the car park. He asked me not to write anything down because he would lose the job and his bed." """,
  "AC RM", "plc oc et rm foa pa", "L")
X("""Police log, Holyhead. Lorry (Irish reg) searched at the port. Found: two Eritrean teenagers (stated 15 and 16) in the trailer among tyres. Both said they were being taken to London to work for a man who paid their journey and who they must repay. Both dehydrated. Taken to hospital; children's services and NRM.""",
  "AV DB", "pa", "", "c")
X("""Organ trafficking concern (NHS transplant unit referral): Patient (British-Pakistani, 52) returned from a private clinic abroad with a new kidney. He told staff he paid £60,000 and that the donor was "a poor young man from the village who was paid". Team concerned about commercial transplant; referred to NCA. Patient is a recipient, not a victim.""",
  "", "", "O")
X("""Victim debrief (through interpreter, Urdu). He says that a broker in Lahore told him he could earn money by giving a kidney to a rich relative in England, and that the operation was safe. He says that he was flown to a clinic where he did not know the language and he was not allowed to leave the guest house before the surgery. He says that after the operation he was given much less than promised and sent home. He now has pain and cannot do heavy work. He came to the UK later on a student visa and disclosed this at a GP in Cardiff.""",
  "DC RM AV", "rm", "O")
X("""3/C/P INT that Nigerian woman in Belfast is being pressured to sell a kidney to pay her "madam" debt.""",
  "DB", "", "O")
X("""Caseworker note (BAWSO): client disclosed she was brought to Cardiff by her husband's family, who made her do all the housework for eight relatives. She was not allowed out without her mother-in-law, her passport is with her father-in-law, and she was told she would be sent back to Bangladesh in disgrace if she complained. She has no money of her own.""",
  "RM RD IT", "rm dt ncw", "D")
X("""Community support officer visited a house in Ballymena after a neighbour's concern about "loads of people" there. A Filipino family of seven — parents, grandmother and four children — living together in a 3-bed house they rent. Both parents work as nurses. Very welcoming. No concerns.""")
X("""INT suggests POI DUMITRU, Gabriel uses teenage Roma boys to steal from shops in Belfast city centre, keeps them in a house in the Village area and beats them if they come back with nothing. 2/B/P.""",
  "AV PV", "", "C", "c")
X("""Caller (farmer's wife, Carmarthenshire): our Romanian lads have told us a man in the village has been offering them "better work" with a house if they pay him £200 first. They're worried it's a scam. Our lads are fine here, they're on our books and have their own cottages. Just passing it on.""",
  "", "uf", "")
X("""Anon web form: theres a women in the house next to me in Fairwater who never comes out, the man locks the gate with a chain and she hangs washing in the back only. i think she's his wife but he treats her like a maid and i hear him shouting and her crying""",
  "RM", "rm", "D")
X("""Officer report: Stopped a Sprinter on the A55 at Llanfairfechan, 11 occupants, seats for 9. All Polish men going to a building site in Chester. Driver is their foreman and a co-worker; all have own ID and are paid by the contractor. Driver reported for the overloading only.""")
X("""Debrief extract: "Every week he say my pay is £250, but then he take £100 for the room, £50 for food, £40 for the bus and £30 for the tools. I have £30. When I say this is not right he say if I don't like it I can sleep in the street. I have no family here." """,
  "WW AV", "ct ppe", "L")
X("""Ward nurse note, Morriston Hospital: Pt (Polish, 60) admitted with pneumonia. Says he has been working for a man building walls in Gower for "a long time", living in a garden shed, and the man "holds his money for him". Pt has only the clothes he came in.""",
  "WW AC", "plc fpe ncw", "L")
X("""Report of concern, Belfast: two Chinese students (20, 21) at QUB were approached by a woman offering "easy hostess work" in a bar at £30/hr. They declined. Police notified as possible recruitment for sexual exploitation.""")
X("""2/B/P Welsh fishing: crew member (Indonesian) on a scallop boat out of Holyhead says the skipper has his seaman's book and has told him he won't be paid until the end of the season, which has twice been extended. Works 20-hour days at sea.""",
  "RD WW EO", "dt lh", "L")
X("""Intelligence log - 3/C/C (handling condition: not to be disclosed to employer). Female Romanian workers at packhouse in Co. Tyrone are said to be sexually harassed by a supervisor who gives better shifts to those who go to his car. One woman says he forced himself on her.""",
  "PV", "", "L")
X("""PCSO note: man begging on Wind St, Swansea, says he's from Romania and is alone, sleeps at the Salvation Army hostel, nobody takes his money. Signposted to outreach.""")
X("""Message through Facebook to force page: "ive been told my cousin in Newry is workin in a house cleanin for a rich family and they don't let her have her phone or go out and she works all day every day. she came from the Philippines in January. please help" """,
  "IS RM EO", "iso rm lh", "D")
X("""Officer note, Derry: Called to a shop re shoplifting. Suspect (Romanian, 13) says an older man waits outside and takes whatever she steals. Man made off. Child taken home to mum who says the man is "a friend". Social services notified.""",
  "AV", "", "C", "c")
X("""GLAA inspection summary: daffodil picking, Cornwall-based provider working in Pembrokeshire. Workers said their supervisor shouts but they are paid correct rates, hours 7-3, own passports, transport free. Advice given re supervisor conduct. Compliant.""")
X("""Call log: male says his Vietnamese friend works at a nail bar in Swansea for £40 a week and sleeps in the salon on a sofa. Friend is frightened of the owner and of immigration.""",
  "WW AC", "saw foa", "L")
X("""INT 2/B/P: UK national female (18) with mild learning disability being "managed" by her boyfriend's brother, who posts adverts for her and keeps the money. She is taken to hotels in Cardiff and Newport.""",
  "AV WW", "ncw et", "S")
X("""Interview summary, Border Force Belfast International: Female (Brazilian, 27) arriving on a tourist visa, says she is coming for a cleaning job arranged by a friend's friend. She has £50, no return ticket, a phone number but no address. Officer concerned re trafficking risk; safeguarding advice and helpline number given; she was admitted.""",
  "", "fpe", "")
X("""I came to Wales for the job in the care home. The agency in Kerala said £12 an hour and a flat. Here they pay £8 and I share a room with three girls. When I asked they said read the contract, but I never had a contract in my language.""",
  "DC", "oc", "L")
X("""Social worker note: Mr and Mrs K (elderly, Armagh) have a live-in helper from Sri Lanka. Visited after an anonymous call alleging she is "kept". Helper spoken to alone with interpreter: she has weekends off, visits friends in Belfast, her passport is in her own room, and she is paid into her own bank account. Concern unfounded.""")
X("""Victim debrief, female (Romanian, 22) - first person, translated: "My boyfriend Alex said we go to Wales to work in a factory together. When we arrive in Swansea he say the factory is closed and I must do this for a few weeks only. He puts pictures of me on a website. Men come to the flat, ten, twelve a day. He takes all the money, he says it is for us, for our future. When I said I want to stop he pulled my hair and banged my head on the wall. He has my ID. I was in that flat for seven months and I went out only to the shop with him." """,
  "DC PV WW RD RM", "ncw dt rm", "S")
X("""Parent calls 101: her 15-year-old daughter has been sent sexual messages by an adult on Snapchat who wants to meet. Daughter showed her straight away. Enquiries traced the account to two boys in her own year playing a prank; dealt with by the school. No adult involved, no exploitation.""")
X("""Probation officer, HMP Maghaberry: prisoner (Vietnamese, 19) serving sentence for cannabis cultivation disclosed he was locked in the house in Antrim and fed by the gang, and had never been paid. He was 17 at the time. NRM referral to be considered; statutory defence to be raised with his solicitor.""",
  "AV RM WW", "rm", "C", "c")
X("""Neighbour complaint, Wrexham: builders' van parked on pavement every morning. Builders are a local family firm. Not a police matter.""")
X("""Intel (3/C/P): the owner of a Chinese restaurant in Bangor (Co. Down) keeps the passports of his kitchen staff in the till drawer.""",
  "RD", "dt", "L")
X("""Safeguarding note, Cardiff Uni: International student (Indian, 22) says she took a part-time job at a restaurant and the owner has not paid her for 6 weeks, saying she is "on trial". She has her passport and lives in halls. She wants to report it but is scared of breaching her visa. Advised re ACAS and that it is a pay issue; no other indicators.""",
  "WW", "foa", "L")
X("""Member of public: I was a customer at the nail bar on Main St Omagh. The girl doing my nails said she's paid but she's doing 70 hours a week and the owner's her uncle who she lives with. She said she's 19 and happy enough but tired.""",
  "EO", "lh", "L")
X("""INT: Slovak male, MIHALIK, Peter (DOB 01/03/1969), recruiting Slovak Roma men to a recycling plant in Newport via his "agency". Men said to owe him for travel from Michalovce and to be threatened with beatings if they complain. 2/B/P.""",
  "DB IT", "", "L")
X("""Domestic servitude, police summary, Newtownabbey. An Indian woman (38) came to NI in 2021 on a domestic worker visa with her employers. She was made to work from 6am until 1am, seven days a week, caring for a disabled child and cleaning a large house. She was fed leftovers and slept on the floor of the child's room. Her employers kept her passport in a locked drawer and told her that if she left, she would be arrested as an illegal. She was paid nothing for the first year and then £100 a month sent to her husband in India. She escaped after a neighbour gave her a phone. The couple were charged under s1 MSA.""",
  "EO AC RD IT WW AV", "lh saw dt foa ncw", "D")
X("""Car wash, Llandudno Junction: GLAA and police joint visit. Nine workers, all Kurdish-Iraqi. All had BRPs. The manager insisted on translating; officers used Language Line instead. Workers said they are paid £60 a day in cash, live in two flats rented by the manager, and work 8am-6pm, 6 days. Two said the manager lent them money for a lawyer and they pay it back from wages weekly; they described this as fair and said they can leave. No offences identified; one referred for advice on his immigration claim.""",
  "", "sfw", "")
X("""Officer's note: Albanian male (22) arrested for cannabis production in Cwmbran. In interview he said he came to work on a building site, the men in London told him he had to stay in the house and water the plants to pay for the lorry, about £10,000. He said he could go to the shop but was told someone would be watching and his family in Kukës would be visited if he left.""",
  "DC DB IT", "", "C")
X("""101 online report: "Suspicious man filming near the primary school in Penarth" — not exploitation related, passed to neighbourhood team.""")
X("""From an NGO (Unseen) caller summary. A Polish man (40) on the helpline says he was brought to Northern Ireland by a man who promised farm work; he works at a chicken farm near Cookstown, the man drives him there and back, and he has never seen a payslip. He gets £20 on Saturday. The man said if he goes to the police they will find the vodka bottles and say he stole. Caller is drinking heavily.""",
  "DC WW IT AV", "et ncw", "L")
X("""Crimestoppers: white van driver collecting about 15 people from outside the Ulster Hall at 5am, seems to be a regular pickup for agency work.""",
  "", "cedl", "")
X("""Call handler summary: caller's son (17) has been "adopted" by a drug gang in Belfast who give him cannabis. He's been made to store guns at their house. Mother says they threatened to burn the house if the guns are handed in.""",
  "AV IT", "", "C", "c")
X("""Fisheries officer, Kilkeel: crew list for MFV shows 4 Filipino crew on transit visas working in UK waters. Crew say they have been paid monthly via the agency into their own accounts and have their passports. Referred to Home Office for visa compliance only.""")
X("""INT suggests organ broker in Dublin recruiting poor Romanians in Belfast to go to a clinic abroad to "donate" kidneys for £3,000 each, told it is legal and safe. 3/C/P.""",
  "DC AV", "", "O")
X("""Mum of three called. Neighbour's au pair (Slovak, 19) knocked crying saying the family shout at her, make her clean till midnight and won't let her go to language class. She doesn't get the £90 pocket money they promised. Au pair staying with caller tonight.""",
  "EO WW DC RM", "lh rm", "D")
X("""Public report: "honestly there are kids on bikes selling weed round the flats at Penrhys. they look about 13. older lads in a car give them the stuff" """,
  "AV", "", "C", "c")
X("""Student nurse placement at a care home in Rhyl. Staff nurse says overseas carers work long shifts because they want the overtime; paid time-and-a-half; have own homes and passports. No concerns found by CIW inspection.""")

# ---------------------------------------------------------------- part 4
X("""Intelligence report — OFFICIAL-SENSITIVE. Grading 2/B/P.
Subject: Hand car wash, former petrol station, Antrim Rd, Belfast. Operated by POI ISMAILI, Arben (DOB 23/10/1986).
INT suggests that between 8 and 10 Albanian and Kurdish males work at the site 0730-2000, seven days. Workers live in a flat on Limestone Rd leased by ISMAILI; source describes 'mattresses wall to wall'. INT suggests ISMAILI collects wages from the site and pays each worker £150 weekly regardless of hours, and that new arrivals are told they owe £8,000 for their passage which is taken from this. One worker reportedly assaulted by ISMAILI in January after asking to leave; seen with a bandaged hand.
Also noted: a neighbouring tyre business (unconnected) was burgled on 12/01 — separate OEL.
Recommend: joint GLAA/PSNI visit, interpreter (Albanian, Sorani).""",
  "EO AC WW DB PV", "lh oc ncw pa", "L")
X("""hiya just want 2 say the lads at the car wash by asda in llanelli r grand, my son works there, gets paid proper on payslip and they all go home at 6. someone put on fb it was slavery n its not. ta""")
X("""Debrief (translated from Tigrinya). "We crossed the sea to Italy and then France. At Calais a man said he could put me on a lorry to England, but I had to work for his friend when I arrive to pay him. I arrived in Holyhead. The friend took me to a house in Birmingham and then to Cardiff. I was cleaning in a hotel at night and in his house in the day. I never had a day off. He took the hotel money from my card. He told me that if I go to the police they will send me back to Eritrea and there they will kill me. One night he hit me with his belt because I slept too long. I was there ten months. I did not know the name of the street." """,
  "DB EO WW IT PV IS AV", "lh ncw foa iso", "L D")
X("""PSNI, Response, Newry. 0230hrs. Call from lorry driver at a truck stop on the A1 near the border: he can hear banging from inside a refrigerated trailer parked next to him. Officers attended, trailer opened: 6 Vietnamese nationals inside, including one female appearing 15-16, all cold and distressed, one unconscious. Ambulance called. Driver of that lorry not present. Scene preserved; NRM referrals to follow; MSHTU informed.""",
  "AV AC", "pa", "", "i")
X("""INT 3/C/P: nail technician, female, 20s, Vietnamese, working at a salon in Coleraine is said to be "owned" by the owner's husband, who drives her to work and back and keeps her earnings. She is not known to have any friends locally.""",
  "WW IS", "et ncw iso", "L")
X("""Transcription of a call to the Modern Slavery Helpline, lightly edited. Caller is a Welsh-speaking farmer's son from near Bala. He says a neighbouring farmer has had "a lad from somewhere in Eastern Europe" working for him for around six years. The lad lives in a caravan behind the silage pit, has no car, no phone that the caller has ever seen, and never comes into the village. At the mart last week the lad had a bad limp and a cut over his eye, and when the caller asked, the farmer said "he fell". The caller says the farmer has bragged in the pub that the lad "costs him nothing but his keep". The caller is worried about being identified as the two families are related.""",
  "IS AC WW", "iso plc pa", "L")
X("""Safeguarding referral, Ysbyty Glan Clwyd maternity. A 17-year-old Romanian girl gave birth last night. She is accompanied by a man of about 40 who says he is her husband. She appeared frightened of him and when he left the ward briefly she told a midwife in broken English that she was "sold" by her uncle to this man for marriage in Romania and he brings other men to the house in Rhyl. He has her documents. Hospital security aware; police called; the baby and mother are on the ward now and the man is due back at visiting time.""",
  "AV PV RD", "dt", "S", "i")
X("""Background note, Swansea CID. A Polish man reported that his former employer, a builder, owed him two weeks' wages when he left. He has his own flat, his own documents, and now works elsewhere. Advised this is a civil/employment tribunal matter; ACAS details given. No indication of forced labour.""")
X("""Anon online form: "the guy who runs the take away on Dale St in Anglesey has a worker from Bangladesh who told me he gets paid less than minimum wage. but he lives with his wife in their own place and he says hes looking for a new job. i just think its wrong he gets paid so little" """)
X("""Officer handover, Cardiff Central. Picked up a 14-year-old boy at Cardiff Central station, reported missing from Birmingham 3 days ago. He had £640 cash, two phones, and a train ticket bought by someone else. Says he was "visiting a friend" in Merthyr. Phone buzzing with messages saying "where's the ting" and "you owe us now". He would not say more. Boy in custody suite for welfare, social services called, Birmingham informed.""",
  "AV DB", "", "C", "c")
X("""2/B/P Boat crew, Newlyn-registered trawler fishing out of Milford Haven. Ghanaian deckhand says he was recruited in Accra for a two-year contract at $1,200/month. He has received $400/month; the rest, he is told, is "held by the agent". He works up to 20 hours a day when fishing. His passport is held by the skipper "for immigration". He says he sleeps in a bunk in the fish hold area that floods.""",
  "DC WW EO RD AC", "ncw lh dt saw plc", "L")
X("""Community group email (St Vincent de Paul, Belfast): "A Romanian woman came to our drop-in asking for food for her three children. She says her husband is in hospital and she has no money until her first payslip from the factory. She has her documents and a tenancy. We have helped with food and a referral to advice services." """)
X("""Victim statement excerpt: "I am from Sylhet. My uncle in Cardiff sent for me when I was 16 and said I would go to college. I did not go to college. I worked in his restaurant kitchen from 11 in the morning to 1 at night. I slept in the store room on the rice sacks. My uncle said I must not talk to the customers. He kept my passport and said if I went out alone I would be picked up by immigration. I never got money, he said it goes to my mother. I found out later my mother got nothing." """,
  "AV DC EO AC IS RD RM IT WW", "lh saw dt rm foa ncw iso", "L")
X("""Intelligence log. 3/C/P. Info from a street pastor in Cardiff: a young British woman known as "Jodie", heroin user, is "being worked" by a man who sets up clients for her at a flat in Adamsdown. He keeps her in drugs and takes all the money.""",
  "AV WW", "ncw", "S")
X("""Report from Citizens Advice Newport: client (Romanian, 35) says her agency paid her late twice this year and once underpaid her by £80, which was corrected after she complained. She has her own account and documents and lives with her partner. She wanted to know her rights. No exploitation indicators.""")
X("""Neighbour complaint, Bangor (Gwynedd): loud parties at a student house. Not related.""")
X("""Case note (Medaille Trust, Belfast): Ms V (Bulgarian, 29) disclosed that she was brought to Belfast to work in a "massage" business. The owner took her ID card on the first day and gave it back only when she escaped. She was made to see up to 15 men a day and was raped by the owner's brother when she refused a client. She was never allowed out alone, and the windows of the flat did not open. She was given €100 when she was moved to Dublin "for her family".""",
  "RD PV RM WW EO", "dt rm ncw lh", "S")
X("""CAD log: 14:22 - caller at Tesco Extra Cardiff Bay sees woman with a small child begging at the entrance; man in a car nearby watching. 14:40 - PCSOs attended: woman (Romanian, 30s) and her own child, she says she begs by choice, her husband drives her; no signs of control, child attends school, it was an inset day. Advised and moved on. Result: no offences, no exploitation.""")
X("""hi yeah the big farm at the end of Cefn Rd (Ruthin) they have loads of men in them static caravans, like 8 in one, and the caravans are proper falling apart with the windows taped up. They get taken to the fields at 5 in a van. The farmer's son told my lad they're from "an agency" and they pay for the caravans out of there wages.""",
  "AC", "oc plc cedl", "L")
X("""Forced criminality: PSNI summary. Two Romanian women (24, 26) arrested for shoplifting spirits from 15 stores across Belfast, Lisburn and Bangor in two days. In interview both said a man called "Mihai" had brought them from Bucharest with the promise of work in a hotel, kept their ID cards, and told them they must steal £300 of goods each a day or not eat. Both had bruises they said came from Mihai. Both referred into the NRM; s45 defence considered; file to PPS on hold.""",
  "DC RD IT PV", "dt pa", "C")
X("""Tip via email: "There is an Instagram account posting jobs as 'hostess' in Cardiff for girls 18-25, £2,000 a week, flights paid, no experience needed. When my friend messaged they asked her for nudes 'for the portfolio'." Account details passed to cyber team.""",
  "DC", "", "S")
X("""PCSO Jones, Barry: dropped into a car wash as part of a routine visit. Three men working; manager is the owner and works alongside them. Rates displayed, workers on payroll. Workers said the hours are long in summer (9-7) but they get Sunday off and they're paid. No concerns.""")
X("""2/B/P. INT suggests a brothel-keeper in Derry, known as "Mama Joy", controls Nigerian women who have been made to swear a juju oath. The women are told they owe €50,000 each and are threatened that their families in Edo State will die if they do not pay.""",
  "DB IT", "", "S")
X("""Police log, Llandudno: man (British, 50, alcohol dependent) found sleeping in a car at the seafront. Says he's been working for a man laying tarmac for months, who picks him up from his caravan at 6, gives him drink and a few quid, and threatens to "leave him in a ditch" if he talks. Man has a broken tooth and says the boss punched him.""",
  "AV WW IT PV", "cedl pa", "L")
X("""Debrief summary (interpreter: Mandarin). She says that she paid 150,000 yuan to an agent in Fujian for a job in a restaurant in the UK. She says that in Belfast she was instead sent to a flat and told to give massages and sex. She says that she said no and they told her she still had to pay the agent and that it was the only way. She says that they kept her phone. She says she wants to go home.""",
  "DC DB IS", "uf iso", "S")
X("""Member of the public via Live Chat: "my neighbour's Polish lodgers work at the fish factory in Kilkeel, they told me they work 12 hour shifts, which is a lot, but they're paid for all of it and they like the money. they have cars and go home to Poland at christmas." Advised no concerns apparent.""")
X("""3/C/P INT suggests two Eritrean teenage boys are working at a car wash in Swansea owned by a man who also houses them. They are said to be under 18 and not in school.""",
  "AV", "", "L", "c")
X("""School safeguarding (Newry): Y8 boy (12) disclosed that his stepdad makes him go with him at night to help "move plants" in a van and that he was told he'd be put in care if he tells. He is very tired in class. Police and social services informed.""",
  "AV IT", "", "C", "c")
X("""Intelligence report (2/A/P). Officers from Operation Snowfall visited a chicken processing plant at Llangefni with GLAA. A supervisor employed by a labour provider was seen taking photographs of workers' bank cards. Three workers said the supervisor had "helped" them open accounts and kept the cards, giving them £50 each Friday from the wages. Supervisor identified as ZELENKA, Radek (DOB 03/09/1991).""",
  "WW", "ncw", "L")
X("""Midwife, Belfast: Pt (Chinese, 25) came with a male interpreter who was not from the agency. He answered for her and said she lives "at work". When seen alone she said she works in a massage parlour and is not allowed out except to come to the hospital. She did not know the address.""",
  "RM IS", "sfw saw rm iso", "S")
X("""Officer note: Took report of a theft of a laptop from a car in Aberystwyth. Victim Italian student. Nothing further.""")
X("""3/C/P. Romanian "agency" in Craigavon said to charge workers a £400 joining fee. No other info.""",
  "", "uf", "")
X("""Private household, Belfast: police welfare check after anonymous call. A woman from the Philippines (50) works as a housekeeper for a businessman. Spoken to alone: 40-hour week, own bedroom and bathroom, her passport in her room, pay into her own account, visits her church every Sunday. She was annoyed at the call. No concerns.""")
X("""Saw it again today. Lorry from the ferry dropping 6 or 7 fellas at the lay-by on the A75 out of Cairnryan, a car comes and takes them. Every Tuesday.""",
  "", "", "")
X("""A&E Cardiff: Male (Albanian, 19) with burns to his hands and arms from "an electrical fault". Said he lives in a house in Ely "with friends". Would not give address. Two men waited in the car park and wanted him discharged immediately. Staff noted a strong smell of cannabis on his clothes.""",
  "IS", "pa iso et", "C")
X("""Caseworker note (Salvation Army, Cardiff). Client J (Romanian, 34) disclosed that he was offered work in Wales by a man in his home town who said he would earn £1,800 a month in a meat factory. On arrival in Cardiff he was taken to a house where he shared a room with five others and was told he owed £600 for the transport and a deposit on the house. He was taken to the factory by the recruiter each morning, and his wages were paid into an account the recruiter opened in his name. The recruiter kept the bank card and his ID card. J was given £30-£40 a week. When he asked for the card, the recruiter threatened to "break his legs". J left after a colleague at the factory told him about the helpline. J says there are at least four others still at the house.""",
  "DC DB WW RD IT AC", "oc et ncw dt", "L")
X("""Call summary, 999, 23:10: female caller whispering, says she is 16 and is in a flat in Swansea with men she doesn't know, her "boyfriend" has taken her phone and brought men to the flat, she is in the bathroom with the door locked using a friend's phone. Address given. Units dispatched on blue lights.""",
  "AV IS", "iso", "S", "i")
X("""INT: Hand car wash Penrhyndeudraeth — workers all Iraqi Kurds, INT suggests they are legitimate employees of the owner who is a relative; paid cash. 3/C/P. Low priority.""")
X("""Officer handover (Wrexham): Met a Sudanese man (30) at the bus station, no English, a piece of paper with an address in Manchester and £5. He said through Language Line that he was told by a man in a car park in Calais that he'd be collected, but no one came. No indicators of forced labour disclosed; signposted to Migrant Help and the Home Office asylum route.""",
  "", "fpe", "")
X("""Public report: "POLICE NEED TO LOOK AT THE MUSHROOM FARM OUTSIDE MONAGHAN THEY HAVE PEOPLE LIVING IN CONTAINERS AND WORKING TILL MIDNIGHT AND THE BOSS HAS THERE PASSPORTS I KNOW COS MY EX WORKED THERE" """,
  "AC EO RD", "plc lh dt", "L")
X("""PSNI intelligence, 2/B/P: a Pakistani national (MALIK, Zafar) in Belfast has obtained control of the bank accounts and NI numbers of several Indian students, using them to claim Universal Credit. Students say he "helped" them and they get a small cut. One student says he threatened to report her to the Home Office.""",
  "IT AV", "ncw", "C")
X("""Just a general question really, my daughter's 17 and wants to work at a summer camp in the US through an agency. She's paying £1,200 for the placement. Is that allowed?""")
X("""Referral from a homelessness charity, Cardiff: Mr L (British, 41) told staff he has been working for a man who collects him from the hostel for building work, and "gets his money later". He has not been paid for the last 3 months and says the man has his bank card "until he's straightened out" because of his gambling. He is scared to lose the work.""",
  "AV WW", "cedl ncw", "L")
X("""Intelligence: POI O'NEILL, Ciaran (DOB 18/04/1990) of Newry running county line into Enniskillen. INT suggests he uses two local 15-year-olds to hold and deliver and that one was "taxed" and beaten in a garage for losing a package. 2/B/P.""",
  "AV PV", "", "C", "c")
X("""Forced marriage concern (school, Cardiff). Y11 girl (16) tells teacher she is being taken to Pakistan in the summer to marry her cousin, and has been told she will not be allowed to finish school. Family have her passport. She says her father said she would be "dead to him" if she refused.""",
  "AV RD IT", "dt", "", "c")
X("""Handover: victim debrief done today with M (Vietnamese, 21). Brought to the UK at 17, put in a nail bar in Cardiff for 2 years, now here. Nothing new from earlier account: boss kept pay to clear €22,000 travel debt, slept in salon, worked 10-12 hours 6 days. He has his own phone now and lives in a safe house. Follow up with SA caseworker re housing.""",
  "AV DB WW AC EO", "saw lh ncw", "L")
X("""Bank financial intelligence: Account in the name of a 19-year-old Welsh student receiving £30k from 40 sources then moving it on within hours. Student says a man she met on Instagram offered her £500 to "borrow" her account. She still has her cards. Flagged as money mule recruitment.""",
  "", "", "C")
X("""A person has contacted Crimestoppers anonymously saying that their sister, who is 23 and from Belfast, has been "taken over" by a man who makes her sleep with his friends for money. The man took her phone and she isn't allowed to see family. The sister has an addiction to crack cocaine and he supplies it.""",
  "AV PV IS WW", "iso", "S")
X("""PSNI, Ballymena: traffic stop, VW Caddy with 5 males on the way to a poultry farm. All Bulgarian, each with ID, paid by a licensed gangmaster. Driver employed by the gangmaster. Free transport. No concerns; GLAA check confirmed licence valid.""")
X("""Summary of concern from a Welsh-language school in Gwynedd: a new pupil (10), from a Roma family, missed school often. Family say she helps with the younger ones while mother works night shifts at a factory. Mother very engaged with school once contacted. No exploitation; attendance plan agreed.""")
X("""Victim debrief, male (Slovak, 44), first person: "I was living in the street in Bratislava. A man came with sandwiches and said in England there is work in a factory, he will pay the bus. In Newport we are 14 in one house. He take my ID card for the bank. From the factory I get nothing, he give me food and cigarettes. When I say I want to go home he say I owe him for the bus and the house, 2,000 pound. One man who tried to leave, they beat him in the garden and we all saw." """,
  "AV DC AC RD WW DB IT", "oc dt ncw", "L")
X("""Officer note, Swansea: Attended a nail salon after an anonymous call alleging slavery. Owner and her two daughters work there. Family business. No concerns.""")
X("""Police log: male aged 13 found in a cannabis farm in an industrial unit in Newry. Vietnamese. Says he has been there for 4 weeks, is fed by "uncle", was told if he leaves the police will put him in prison. He has a burn on his arm from a lamp.""",
  "AV IT", "pa foa", "C", "c")
X("""Info report (GLAA), North Wales. Cockling season, Dee Estuary: 40 permit holders on the beds. Patrol saw all pickers with life jackets and tide times, collected by their own vehicles. No gangmaster activity seen. No concerns.""")
X("""3/C/P Intel suggests that an Indian restaurant in Ballyclare employs a chef brought over on a skilled worker visa who was told he must repay his £10,000 sponsorship fee from wages over two years and will be sacked and deported if he leaves early.""",
  "DB IT", "uf", "L")
X("""Caller reports her ex has taken her child to Romania without consent. Family law matter. No exploitation.""")
X("""Report via app: "woman in nail salon crying in back room, man shouting at her in another language then slapped her, Queen St Cardiff, now 14:05" """,
  "PV", "", "L", "i")
X("""INT 2/C/P: a woman at a hotel in Portrush working as a room attendant says the agency holds her passport and that she gets her "salary" as a voucher for the hotel canteen only. She is said to be Eritrean.""",
  "RD WW", "dt ncw", "L")
X("""Debrief extract (Sudanese, 17, through interpreter). He says he was picked up at the port by a man in a black car who said he was from a charity. He says the man took him to a house in Swansea where he was made to sell drugs from the house and was not allowed to leave. He says the man took photographs of him and said he would send them to his family. He says he was hit with a bat when he lost money.""",
  "AV DC RM IT PV", "rm", "C", "c")
X("""101 call: caller says the family across the road in Ammanford have a "maid" and it isn't right. Officers attended — the "maid" is the grandmother, who lives with the family and does the cooking because she likes to. No concerns.""")
X("""ok so i work in the kitchen at a hotel in Porthcawl. The agency lads from Romania live in the staff block, 4 to a room, and the agency takes £95 a week from there pay for it. they say they dont mind but its packed in. They get to keep the rest. they go home on there days off.""",
  "", "oc", "")
X("""Officer's note following a visit to a Belfast construction site: two Brazilian workers had no PPE and said they'd been told to buy their own boots and hats from the foreman at £80. Site manager has since provided them free. Workers paid by the contractor into own accounts. Words of advice.""",
  "", "ppe", "")
X("""2/B/P: girls from Romania "rented out" by their boyfriends in pop-up brothels in Swansea and Cardiff. One girl said to be kept drugged. Boyfriends collect all cash.""",
  "WW", "ncw", "S")
X("""Outreach note (Cardiff): met a woman (Hungarian, 40) sleeping in a tent near the river. She said she came on a bus with a man promising hotel work; when she got here there was no work and he left her. She has her passport and isn't with him any more. She wants to go home. Referred to reconnection service.""",
  "DC", "", "")
X("""A&E Royal Gwent: Pt female (19, British) brought in by a man who said he was her boss; pt had bruises to face and ribs. Pt said "I fell". Man stayed in cubicle and answered all questions. Later, pt said quietly to nurse that she "has to work for him" at a flat and "he hurts me if I don't". Police informed; man still with her.""",
  "PV", "sfw pa", "S", "i")
X("""Summary of a GLAA prosecution in the press: Directors of a Co. Tyrone meat company were convicted of using an unlicensed gangmaster. Workers had been paid correctly but the supplier had no licence. No forced labour alleged.""")
X("""Two lads at the carwash by the Eurospar in Enniskillen told me they sleep in the container round the back and that the boss keeps their passports in his van.""",
  "AC RD", "saw plc dt", "L")
X("""Call summary: Social worker at Wrexham Maelor. Patient Mr F (67, Traveller community) disclosed that as a young man he worked for a family on a site for 30 years without pay and was beaten. He is now free and living independently. Historical; he does not want police involvement.""",
  "WW PV", "", "L")
X("""Witness: "I'm the landlord of the pub in Kilkeel. Crew from one of the boats drink here. One of the Filipino lads said he'd been on the boat 10 months without a single day ashore until last week and that the skipper kept their passports. He said they were paid, just not much." """,
  "RM RD", "rm dt", "L")
X("""Report: teenage girls (15-16) from a children's home in Newtownabbey being picked up in cars by adult men at night, returning with alcohol. One girl told staff she "owes" one of them for the vodka and has to "pay it back".""",
  "AV DB", "", "S", "c")
X("""3/C/P INT suggests a female in Newport is offering "marriage visas" to Pakistani men for £10,000 with Portuguese brides who are paid £1,000 and then left. Brides said to be willing and paid as agreed; immigration fraud referral only.""")
X("""Police log: Caller (man) saying his employer at a warehouse won't pay his last week because he quit without notice. Advised civil matter, ACAS. He has his documents and lives at home in Splott.""")
X("""Welsh Government press release: new multi-agency task force on seasonal worker welfare in Herefordshire and Monmouthshire farms. No specific allegation.""")
X("""Man at the Newry market tells caller the men from his town in Moldova are working on a farm near Crossmaglen, sleeping in a barn, and can't leave because they were told police would arrest them and send them home for working illegally.""",
  "AC AV IT", "saw foa", "L")
X("""Safeguarding referral (Newport): Mrs S (79) has been paying a man and his sons £8,000 for "roof repairs" that were never done. They come every week demanding more money and she is scared of them. Doorstep crime; no exploitation of labour.""")
X("""Interpreter summary (Polish). He says he paid the agent in Poznań 2,000 zloty to get the job at the meat plant in Co. Armagh. He says the job was as promised, the pay is right and he has no complaint about the employer; he wants the money back from the agent, who has stopped answering.""",
  "", "uf", "")
X("""OIC note: Op LINDEN. 7 victims identified at two car washes in Merthyr and Aberdare, all Romanian men. Debriefs complete. Common account: recruited in Craiova with promises of £1,500/month, bus fares advanced and recovered from wages, housing shared 7 to a house, work 0800-1900 Mon-Sun, wages paid via one bank card held by suspect 1 (VASILE, Nicu), weekly "allowance" £50. Two victims describe being slapped by suspect 2. Documents recovered from suspect 1's car. All victims now in safe house accommodation; RG decisions awaited.""",
  "DC DB AC EO WW PV RD", "oc lh ncw dt", "L")
X("""Man from Belfast asking online if it's normal that his new job at a warehouse charges for hi-vis. He pays £10 once. He's happy with the job otherwise.""",
  "", "ppe", "")
X("""2/B/P: farm in Fermanagh — INT suggests a man with learning difficulties has lived and worked there since childhood, sleeps in the byre, and has never had a wage. Family who own the farm collect his disability benefit.""",
  "AV WW AC", "saw plc ncw", "L")
X("""Call summary, 101, Rhyl: woman reports her Lithuanian boyfriend is abusive and controlling — took her phone and wouldn't let her see friends. He has been arrested for assault. She works as a cleaner and keeps her own wages. DA referral made. (No exploitation of labour or sex.)""")
X("""Scene notes, Belfast Harbour: ship's crew (Myanmar) say the captain withheld wages for four months and removed their phones. ITF inspector attended and back pay arranged.""",
  "WW IS", "iso", "L")
X("""Officer: Found a Romanian woman begging on Donegall Place with a baby. She said the baby isn't hers, a woman gives her the baby every morning and takes the money at night.""",
  "WW", "ncw", "C", "c")
X("""Call summary: a woman in Cardiff says that her friend from Ghana was promised a job as a hairdresser in London, instead she is living with a pastor's family in Caerau doing all the cleaning and childcare, sleeping on the kitchen floor, and they have her passport.""",
  "DC AC RD", "saw dt", "D")

# ---------------------------------------------------------------- part 5
X("""Intelligence report, North Wales Police. OFFICIAL-SENSITIVE. 2/B/P.
Subject: Caravan park near Towyn used out of season.
INT suggests that from October to March around 20 men, mainly Polish and Lithuanian with some British men recruited from hostels in Liverpool, are housed in six static caravans on the closed park. Caravans have no heating; one has a broken window covered by cardboard. Men are taken before dawn in two vans (VRMs CX16 LLK, FN14 OPT) to a vegetable packhouse in Lancashire and returned late evening.
INT suggests that the organiser, known as "Big Rob", takes their wages from the packhouse agency and pays them £50 cash a week, saying the rest is for the caravan, the vans and "their debts". A British man was reported to have been punched and left at the side of the A55 after arguing.
Park owner is believed to be unaware; site is leased to a third party.
Actions: GLAA informed; request packhouse payroll data; identify "Big Rob".""",
  "AV AC WW DB PV", "plc cedl et ct ncw", "L")
X("""Long call summary — Modern Slavery Helpline, referred to PSNI.
The caller is a Filipino nurse in Belfast. She says that her cousin, Marites (41), came to Northern Ireland nine months ago to work for a family in south Belfast as a nanny. The family arranged her visa. Marites told the caller on a rare phone call last Sunday that she works from half five in the morning until after midnight, has never had a day off, sleeps on a mattress in the children's room, and is not allowed to leave the house except to take the children to school, with the mother driving. The family keep her passport "in the bank". She was promised £1,200 a month; the family tell her they send £300 a month to her mother in Iloilo and keep the rest "for her pension".
Marites is terrified of being sent home because she has debts in the Philippines from the agency fee. The caller has been told not to ring back because the family check Marites's phone. The caller does not know the exact address but can describe the house.""",
  "DC EO AC RM RD WW IS AV DB", "lh saw rm et dt ncw iso uf", "D")
X("""Safeguarding referral, Swansea Council Children's Services.
Referrer: Youth worker, Townhill. Child: R (15, male, British).
R has been seen regularly with two adult men from outside the area at a flat on the estate. He has new trainers and a jacket worth several hundred pounds. Last week he turned up at the youth club with a swollen lip and said he had been "taxed". He later told the worker he has to keep a phone on him and answer it day and night, and that when he doesn't "they come round". He said he owes them for a bag the police took from him in Llanelli and that the amount keeps going up. R's mother is in hospital and his older sister is caring for him.
Other information: the worker also mentions that another boy, S (16), had been to the same flat but has since moved to Cardiff with his dad and is doing well at college — no concerns about S.
Action requested: strategy discussion, NRM referral for R.""",
  "AV PV DB IT", "pa", "C", "c")
X("""Victim debrief, written account in first person, translated from Romanian.
"My name is Elena. I am 27 and from a village near Iasi. I had a baby at 19 and the father left. In 2022 a woman from the next village, Lumi, told me her cousin has a restaurant in Cardiff and needs waitresses, £1,500 a month, a room included. She paid for my plane and said I would give it back from my salary.
In Cardiff there was no restaurant. Lumi's cousin, Ciprian, took me to a flat in Cathays with two other girls. He took my ID card and my phone and gave me a new phone that only had his number. He said I owed him £3,000 for the plane, the room and the adverts and that I would work as an escort to pay. I said no and he hit me many times and said he knew where my daughter lived with my mother. I saw men in the flat every day, sometimes 10. All the money went to Ciprian. I was not allowed to go out alone; when we went to the shop his friend came with us.
After five months police came to the flat because of the neighbours. I was afraid to speak because Ciprian said the police here put girls like me in prison." """,
  "AV DC RD IS DB PV IT WW RM", "dt iso rm ncw foa", "S")
X("""PSNI Neighbourhood Team, Dungannon — visit report.
Following anonymous information that a large number of Timorese workers live at one house and work at a meat plant, officers visited with a Tetum interpreter. Eleven men live in a 4-bed house rented privately by two of them. They were relaxed and welcoming. All work at the plant, employed directly, with contracts and payslips showing the correct rate; each has his own bank account and Portuguese passport. They choose to share to save money to send home. The house was tidy, but the landlord had not done repairs to the boiler; Environmental Health informed.
One man said a labour provider in Lisbon had charged him €800 for the introduction; the plant had nothing to do with this and he has no debt to anyone here.
Conclusion: no indicators of forced labour; information passed to HMO licensing and GLAA re the overseas fee.""",
  "", "oc uf", "")
X("""Witness statement, page 2 (edited). "I worked as a cleaner at the house in Lisvane for about six months in 2023 through an agency, two mornings a week. The family had a live-in girl from Indonesia called Sri. She was always working when I arrived at 8 and still working when I left at 1. She had a bed in a box room with no window. I never saw her go out. One morning she had a burn on her arm and said the lady had thrown hot water at her because the rice was wrong. She asked me to post a letter for her because she wasn't allowed to. When I asked her about money she said the sir sends it home for her. She didn't have a phone. I told the agency but they said it was none of my business." """,
  "EO AC RM PV IS WW", "lh plc rm pa iso ncw", "D")
X("""Officer handover, Holyhead port, night turn.
1) Ferry from Dublin 02:40: Irish-registered van, driver and 3 passengers, Brazilian nationals with valid documents, going to a job in a Birmingham warehouse via a known agency. Agency verified. No concerns.
2) Foot passenger, British male (52), intoxicated and abusive to staff. Arrested s5 POA. Nothing further.
3) HGV from Dublin 05:10: stowaway found in the axle area of a trailer — Algerian male (approx 25), hypothermic, taken to Ysbyty Gwynedd. Says he paid a smuggler in Dublin and was going to Manchester to find work. No indicators of exploitation disclosed; asylum screening to follow.
Quiet night otherwise.""",
  "", "uf", "")
X("""Forced labour, press summary (Belfast Crown Court). A Newtownards businessman was sentenced to six years for holding a Lithuanian man in servitude for eleven years. The man, who has a mild learning disability, was met at a bus station in 2011 and offered a place to stay. He lived in a shed at the defendant's yard, sorted scrap metal seven days a week, and received no wages beyond food and tobacco. The defendant took his passport and told him he had no right to be in the UK. The man was found by an environmental health officer inspecting the yard. Two other men who worked at the yard, both paid employees, gave evidence that they had assumed he was a relative.""",
  "AV WW EO AC RD IT", "saw plc lh dt", "L")
X("""Caseworker note, Kalayaan — telephone follow-up. Client (Kenyan, 35) who asked us for visa advice last year when her London employer moved abroad now works as a carer in Cardiff for a reputable agency; she has her own flat, her passport and pay into her own account. She says she is happy and feels safe. Case closed.""")
X("""Organ trafficking: NCA liaison note to PSNI. A Moldovan man (28) living in Belfast told a GP that he was offered £5,000 by a man in Chisinau to sell a kidney and was taken to a clinic in Turkey, where his kidney was removed. He was paid £1,000. The recruiter had told him it was a "blood test for a job". He now has hypertension. The recruiter is believed to be recruiting more men from the Moldovan community in Belfast.""",
  "DC AV", "", "O")
X("""Debrief extract, first person, translated (Chinese). "Snakehead say I go to England to work in a restaurant. I pay 200,000 yuan, my family borrow. In Northern Ireland they take me to a house in the country where I look after plants in a big shed. The men lock the gate. I am there one year. They say I must pay 20,000 pounds more. I never go out. When I have toothache they give me pills, no dentist." """,
  "DC DB RM AC IS", "uf rm iso", "C")
X("""public report: THERE IS A MAN IN BANGOR (N WALES) WHO SELLS GIRLS ON THE INTERNET FROM HIS FLAT ABOVE THE VAPE SHOP AND THEY ARE SO YOUNG ONE OF THEM CANT BE MORE THAN 15 AND THEY NEVER LEAVE. CAN SOMEONE DO SOMETHING TONIGHT""",
  "AV RM", "rm", "S", "i")
X("""Farm labour — GLAA inspection note, Co. Londonderry. Soft-fruit farm using Seasonal Worker visa holders from Kyrgyzstan. Workers interviewed alone: they described long days in the peak weeks (up to 10 hours) with overtime paid, one rest day a week, caravans of four with kitchens and showers, free transport to the shop twice a week, passports kept by themselves. Two workers complained that their first pay was a week late; the farm paid interest on it. No forced labour indicators.""")
X("""3/C/P INT suggests a man in Wrexham known as "Taff" is holding the bank cards of several homeless men at the night shelter and drawing their Universal Credit.""",
  "", "mbc ncw", "")
X("""Call summary: caller's sister (Polish, 26) works at a hotel in Tenby through an agency; caller says the agency keeps her passport "as a deposit" but otherwise she is paid and has days off. Advised; agency contacted and passport returned the same day.""",
  "RD", "dt", "L")
X("""Safeguarding (GP, Omagh): patient, 70, says her son has taken control of her pension and "gives her pocket money". No labour or sexual exploitation; adult safeguarding referral for financial abuse.""",
  "", "ncw", "")
X("""Ward round note: 24-year-old Nigerian woman on the maternity unit in Antrim with her partner; she has her own passport and student visa, lives in university accommodation and is studying nursing. Partner very supportive. No concerns; routine care.""")

# ---------------------------------------------------------------- write
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh66.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            row = {"id": f"f66-{n:03d}", **r}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {out}")
