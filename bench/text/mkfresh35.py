#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline (set fresh35: adult criminal exploitation emphasis).
Each E(...) call holds one hand-written text and its labels (abbreviated codes expanded below).
Run: python3 bench/text/mkfresh35.py  -> writes bench/text/fresh35.jsonl"""
import atexit, json, os, sys

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
D = []
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh35.jsonl")

def E(text, ind="", sig="", typ="", risk="l"):
    i, s, t = ind.split(), sig.split(), typ.split()
    for a, b in PAIRS:  # indicator and its sign go together when described
        if a in i and b not in s: s.append(b)
        if b in s and a not in i: i.append(a)
    D.append(dict(text=text.strip(), indicators=[IND[x] for x in i], signs=[SIG[x] for x in s],
                  exploitation=[TYP[x] for x in t], risk=RISK[risk]))

def main():
    out = OUT
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            rec = {"id": "f35-%03d" % n}
            rec.update(d)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            # sanity: risk floor from the convention
            ind = d["indicators"]
            floor = "low"
            if ind or d["exploitation"]: floor = "medium"
            if ("physical_sexual_violence" in ind or "sexual" in d["exploitation"] or len(ind) >= 3
                    or ("intimidation_threats" in ind and "restriction_of_movement" in ind)): floor = "high"
            order = ["low", "medium", "high", "immediate"]
            if order.index(d["risk"]) < order.index(floor) or (floor == "low" and d["risk"] != "low") \
               or (floor == "medium" and d["risk"] not in ("medium", "high", "immediate")):
                print("RISK CHECK f35-%03d: %s vs floor %s" % (n, d["risk"], floor), file=sys.stderr)
    print("wrote", len(D), "texts to", out)

atexit.register(main)



# ---------------- texts 001-050 ----------------
E("INT suggests ROMANIAN nationals (x6) dropped daily 0700hrs at Boots / Primark Bullring by silver Vito VRM unk. Females enter in pairs, leave with bags, handed to male driver. Driver POI ENACHE Vasile keeps all takings. Females appear thin, same clothes each day. 2/C/P",
  "WW", "pa cedl et ncw", "C", "m")
E("Man begging outside Tesco Express says he's got a flat, keeps his money, nobody makes him.",
  "", "", "", "l")
E("i see the same lady on her knees by the cash machine on high st every single day rain or shine, she has one leg and cant walk proper. at 6 a car comes and a big guy takes the cup off her and pushes her into the back. she looked proper scared when i gave her a sandwich and kept looking at the car",
  "AV WW", "cedl et ncw foa", "C", "m")
E("""Debrief (via Romanian interpreter): She says a woman from her village told her there was work picking fruit in England, £60 a day. When they arrived in Luton there was no farm. She was taken every morning to stand outside a supermarket with a cup and a photo of a sick child that is not hers. Everything in the cup goes to 'Auntie', who says the family owes £3,000 for the bus and the room. The debt has not gone down in eight months.

She says two other women in the house clean offices at night; she does not know whether they are paid. Eleven people share the house in Luton and its one bathroom. Auntie's husband drives them to the supermarket and back and she is never alone outside – he sits in the car and watches.""",
  "DE WW DB AC RM", "ncw oc et", "C", "h")
E("Male, 54, known to street outreach, begs at the station underpass by choice. Has own tenancy, spends money on alcohol. Says nobody takes his money, laughed at the question. No MS concerns.",
  "", "", "", "l")
E("POI DUMITRU (DOB 03/04/88) believed to control 3 males with physical disabilities begging in Leicester city centre. Males housed in one room above a shop at Belgrave Rd, mattresses on floor. Collected 0630, dropped 2200. Takings handed over nightly. 2/B/P",
  "AV WW AC", "oc plc cedl et ncw", "C", "h")
E("Staff at Primark report the same group of three women shoplifting twice a week. CCTV shows a man waiting outside holding the bags. One woman was overheard crying in the changing room saying 'he will beat me if I come back with nothing'.",
  "IT", "", "C", "m")
E("Two males arrested for theft from Boots Meadowhall. Both British, local, known shoplifters, selling to fund cocaine use. Interview: no suggestion anyone directs them, they split the money between them. NFA on MS.",
  "", "", "", "l")
E("""Safeguarding referral – Adult Social Care

Mr G, 41, has a moderate learning disability and lives alone in a council flat. His support worker noticed three men have been staying there since August. Mr G says they are 'friends' but his flat now smells of cannabis, the front door lock has been changed and he does not have a key. He told the support worker he has to 'take parcels' to addresses in town on the bus and that one of the men 'will do me in' if he loses one. He has lost weight and has a cut above his eye he won't explain.

Mr G's sister in Hastings phones him every week; she says that lately a man answers and tells her Mr G is in the bath or asleep, and she has not spoken to him since September.""",
  "AV RM IT IS", "pa rm iso", "C", "h")
E("Cuckooing: 101 call from neighbour at Flat 7 Eastbourne House, says 'the lad with the walking stick' hasn't been seen for a week, and young men coming and going all hours. Neighbour heard shouting 'you're not leaving till it's all sold'.",
  "RM", "rm", "C", "i")
E("The Flat 12 occupant, 63, told PCSO she lets her nephew's mates stay over and they sell a bit of weed. She has her own keys, goes to bingo, says she can ask them to leave any time. Drug supply matter passed to neighbourhood team. No exploitation identified.",
  "", "", "", "l")
E("Vietnamese male approx 17 found in loft of house at Rochdale Rd during cannabis warrant. 420 plants. Windows boarded, only exit padlocked from outside. Says he was brought in a lorry, owes £22,000 to the men and cannot leave until the crop pays it. Mattress and rice cooker beside the lights.",
  "AV RM DB AC", "saw plc rm", "C", "h")
E("Empty cannabis factory found after fire at unit 4 Mill Lane. No persons present.",
  "", "", "", "l")
E("Arrested male VU stated through interpreter he tends the plants because he is paid £1,000 a month, he sends it home himself, he has a phone and goes to the shop daily. He knew it was cannabis. He was not locked in and says nobody threatened him. OIC view: willing participant, charged.",
  "", "", "", "l")
E("""My name is Thanh. I came to UK in the back of truck, the man in France say I will work in nail shop and pay back slowly. In England they take me to a house, they put me in bedroom with the plants, the door is lock always. They bring food one time in two days. The light is very hot, I have burn on my arm from the lamp. They say if I run they will find my mother in Nghe An. I never know the name of the town. I was there maybe five month.

(Officer's note: account given at the reception centre through a Vietnamese interpreter. He has a scar on his forearm consistent with his account. He asked three times whether his mother is safe. He has a younger brother in the UK whom he has not seen and believes is 'working in nails'.)""",
  "DE RM AC IT IS DB", "pa plc saw", "C", "h")
E("GP note: Patient (Romanian F 29) attends with partner who answers all questions and holds her ID card. Patient says little, appears frightened. Partner says she 'works in shops'. Unexplained bruising upper arms. Booked follow-up alone.",
  "RD", "sfw pa foa dt", "", "m")
E("Bank fin crime alert: 14 current accounts opened in 3 weeks at Walsall branch by Slovak nationals, all giving same address 22 Caldmore Rd. Same male escorts each applicant and retains the debit cards at the counter. Universal Credit and wages deposited, withdrawn same day at one ATM.",
  "", "mbc ncw sfw et", "C", "m")
E("Beggar outside Lidl told PCSO 'the man takes the money, I keep nothing'.",
  "WW", "ncw", "C", "m")
E("""INT: Slovak family (parents + 2 adult sons) brought to Derby by POI HORVATH with promise of factory jobs. On arrival HORVATH took their passports 'to register with the council', used them to claim UC and child benefit for persons not living there. Family given £30 a week each. They work at a chicken factory via agency; wages go into account HORVATH set up and controls. Eight persons in a 2-bed terrace. 2/B/C – not to be shared with the agency.

Further checks: HORVATH's address linked to three earlier UC claims (2021). The agency (cooperative) confirms wages for all four are paid into one Lloyds account in the father's name, whose card HORVATH holds. The younger son (19) told a colleague he wants to go home but HORVATH says they owe £900 each for the minibus from Kosice and cannot go until it is paid.""",
  "DE RD WW AC DB", "dt ncw oc plc", "C L", "h")
E("DWP referral: claimant's appointee is his mother, she manages his PIP because of his learning disability, money spent on his rent and food. Son is happy, attends day centre. No concerns.",
  "", "", "", "l")
E("Benefits officer notes: Mrs K (Polish, 58) says 'the man who helped me with the forms' still has her bank card and PIN, her pension credit goes into it and she gets £40 cash on Fridays. He said it was for his fee.",
  "", "ncw", "", "l")
E("Sham marriage alert, Register Office Bradford: Portuguese bride (20) could not say groom's surname or where they met. Groom's cousin did all the talking and held her passport and ID card. Bride told registrar privately she was told she was coming to work in a hotel and was 'lent' money for the flight she must repay by marrying.",
  "DE RD DB", "sfw dt", "C", "h")
E("Registrar notes: couple (Indian/British) gave notice of marriage. Both spoke freely, long relationship, photos, shared tenancy. No concerns about sham or forced marriage.",
  "", "", "", "l")
E("""Caseworker notes (Salvation Army): Client E, Latvian, 24. Recruited on Facebook by a man offering a 'fake wedding for £2,000, easy money'. In Glasgow she was kept in a flat with two other women until the ceremony, her passport was held 'for the paperwork'. After the wedding the groom's brother said she had not been paid because she owed rent and food. She was made to have sex with the groom and his friends 'because she is his wife now'. She left when a neighbour let her use a phone.

Client is now in a safe house in Scotland. Police recovered her passport from the groom's brother's flat and returned it to her. She is undecided about supporting a prosecution. Support needs: GP registration, counselling, help with a letter from the Home Office about her EUSS status.""",
  "RD RM WW DB PV IS", "dt rm iso", "C S", "h")
E("Money mule: 19 yr old student approached on Instagram, 'earn £500 by letting us use your account'. She handed over card and PIN voluntarily, got paid, used money for rent. Interviewed for money laundering. Not coerced.",
  "", "", "", "l")
E("INT: males from Sudan living in shared house Coventry made to open bank accounts; POI 'Abu Tariq' keeps all cards (approx 9) in a tin, males told if they tell bank staff anything police will deport them. 2/C/P",
  "IT", "mbc ncw foa", "C", "m")
E("Statement of witness (bank cashier): A young Eritrean man came in with an older man who answered for him. The young one had cash of £4,800 to pay in. When I asked where it was from he looked at the older man. I saw the older man had about six cards in his wallet in different names. The young man whispered 'not mine, not mine' as they left.",
  "", "sfw mbc ncw", "C", "m")
E("Car-key burglary series Solihull: INT two Albanian youths (est 16-17) used to enter homes and take keys of high value vehicles. Believed to be housed by handler and told they owe for their journey. Handler takes cars to export. 2/B/P",
  "AV DB", "", "C", "h")
E("OIC update: three adult males charged with conspiracy to burgle (keyless vehicle theft). All British, long-standing associates, profit shared. No indication any of them were exploited.",
  "", "", "", "l")
E("Probation note: PoP says he did the burglaries for a man called 'Uncle' who drove him there and picked him up. Says he owed him for heroin and the debt 'goes up every time I use'. Uncle told him he'd break his legs if he refused. PoP has long-term addiction.",
  "AV DB IT", "et", "C", "h")
E("Car wash, Station Rd: 6 Romanian males. Manager produced contracts, payslips, right to work checks; workers paid into own accounts, NMW. Workers say hours 9–6, day off Sunday. No issues found.",
  "", "", "", "l")
E("GLAA inspection notes: hand car wash Wakefield. Workers (Kurdish, x5) live in caravan behind the wash with no water. Say they work 8am till dark 7 days. 'Boss keeps our papers in office'. £30 a day cash, £10 taken for caravan. One worker no gloves – chemical burns to hands.",
  "AC EO RD WW", "plc saw lh dt pa", "L", "h")
E("Nail bar in Norwich: licensing visit found staff working without certificates. All staff adults, paid by bank transfer, hold their own documents. Advice given on training requirements.",
  "", "", "", "l")
E("my neigbours house has like 10 men living in it they leave at 5am in a white van and come back 11 at night every day even sunday they look knackered and never talk to no one. a man in a bmw comes every friday and they all line up at his car",
  "EO", "oc cedl lh et iso", "L", "m")
E("""Debrief (Polish, M, 47): 'In Poland I was living on the street. A man in a café said, come to England, I find you job in warehouse and room. He paid the bus. In Kent they took my ID card to open account. Wages paid there, I never had card. They gave me £20 on Saturday, sometimes cigarettes. I worked 12 hours in packing factory, they drive us, back to the house with 14 men. When I asked for money they said I owe for the bus and the room.'

'There were other men in the house, some Lithuanian. One had his own car and went to a different job, he paid rent to the same man but I think he was free. Me, they took in the van at 5 in the morning and brought back at 8 in the evening. When my back was bad they said I must still go or pay £50 for every day I miss.'""",
  "AV DE RD WW DB EO AC", "dt ncw lh et oc cedl", "L", "h")
E("Call 999: female whispering, says she is locked in bedroom at 14 Carlton St, man has taken her phone and passport, he hit her this morning. Call dropped.",
  "RM RD PV IS", "pa", "", "i")
E("Walk-in at front counter: Chinese F says the massage parlour she works at on Queen St takes half of the money but she keeps the rest, she rents her own room, she came to ask about her visa expiry. No coercion disclosed.",
  "", "", "", "l")
E("INT: pop-up brothel operating Airbnb, Park Lane Apartments, Leeds, adverts on adult site show 3 Romanian females, 'new girls', changed weekly. Males seen bringing food and collecting cash. Females not seen leaving the flat. One female message to punter: 'I can't go out he has key'. 2/B/P",
  "RM", "rm", "S", "h")
E("Adult services advert flagged by analyst. Independent escort, UK national, own website and reviews, working from own flat. No third-party control indicators.",
  "", "", "", "l")
E("A&E: female 22, Albanian, presenting with vaginal injury and bruising to neck. Says her 'boyfriend' makes her see men every night, she owes him for the lorry to UK. Boyfriend waiting outside, keeps calling her phone.",
  "PV DB AV", "pa", "S", "i")
E("Domestic abuse: 101 report of an argument between partners at Ash Grove, male pushed female, both British, she does not want to support a prosecution. DASH completed – medium. No other concerns.",
  "", "", "", "l")
E("Kalayaan caseworker: Ms R, Filipino, came with a diplomatic household. She cooks, cleans and looks after three children from 6am to midnight, no day off in 14 months. Sleeps on the floor of the children's room. Employer's wife keeps her passport 'in the safe'. Her salary ($400) is 'sent to her family' but her family says nothing arrived. She is not allowed to leave the house alone.",
  "EO AC RD WW RM", "lh saw plc dt rm", "D", "h")
E("Au pair, 21, Spanish, lives with family in Guildford, works 25 hrs/week, paid £100/wk pocket money as agreed, has her own room and passport, goes to English classes. Phoned to ask about her rights regarding holidays.",
  "", "", "", "l")
E("Child S, 15, reported missing 3 times in a month, found in Southend with older males, had £400 and two phones. Mum says he has 'new friends' with cars. School: dropping off, new trainers.",
  "AV", "", "C", "h")
E("Organ: Nigerian male, 31, told in Lagos he would get a job and £5,000 if he 'donated' a kidney to a man in London. In UK, hosts kept his passport and he was taken for tests. He realised he was not a relative as claimed on forms. Referred by renal unit.",
  "DE RD AV", "dt", "O", "h")
E("Renal unit: patient received living donor kidney from her brother, full HTA assessment, independent assessor satisfied no reward or coercion. Recovering well.",
  "", "", "", "l")
E("Forced begging, Romanian F, 68, speaks no English, seated outside Sainsbury's Kingston. Observed being dropped at 8am by younger male who returns hourly to empty the cup. When PCSO spoke to her, male arrived and said 'she is my grandmother, no English'.",
  "AV WW", "cedl et ncw sfw", "C", "m")
E("PCSO spoke to man begging near station, Polish, 35, homeless, says he begs alone, keeps what he gets, drinks with friends. Referred to outreach for housing. No one controlling him.",
  "", "", "", "l")
E("Shoplifting group: INT POI LAZAR runs women from Constanta who steal razor blades and baby formula to order, told they owe €1,500 each for transport. LAZAR holds ID cards at address in Ilford. Women beaten if quota not met. 2/B/P",
  "DB RD PV", "dt", "C", "h")
E("Crimestoppers: theres a house in Smethwick with men who work at the car wash, they get locked in at night by the boss, he said if they go to police they get deported and there family will pay. one of them has a burn on his face",
  "RM IT", "rm foa pa", "L", "h")

# ---------------- texts 051-100 ----------------
E("Construction site Salford: HSE visit after a fall from scaffold. Worker (British, 28) broke his wrist. Employer failed to provide edge protection. Enforcement notice served. Workers paid properly via CIS.",
  "", "", "", "l")
E("Slovak M, 33, disclosed to Migrant Help that he was recruited by his cousin to work on a building site in Peterborough. Cousin charged him £300 'for the job' before he came. He has been paid only twice in four months; the cousin says the rest will come 'when the contract finishes'. Lives in a house with 11 others, sleeps on a sofa. He can come and go and has his passport.",
  "WW AC", "uf oc", "L", "m")
E("Worker complains he was paid a week late because of a payroll error at the warehouse. Paid in full the following Friday. Employment matter only.",
  "", "", "", "l")
E("Intel log: Vietnamese female (approx 19) working at nail bar Albion St, lives upstairs, staff observed arriving 0800, shutter down 2200, 7 days. Female never seen outside except escorted to van by owner NGUYEN. 3/C/P",
  "EO RM", "saw lh et rm", "L", "m")
E("Referral (Barnardo's): girl, 14, in care, being given vodka and cannabis by men in a flat above a takeaway. She has been 'made to do stuff' with the men's friends to pay off what she 'owes' for the drinks. Missing last night, found this morning.",
  "AV PV DB", "", "S", "h")
E("Border Force, Stansted: 4 Romanian females travelling together with 1 male who holds all 5 passports and return tickets. Females unable to say where they will stay or work. Male says 'cleaning job'. Females told officer separately they were promised jobs in a hotel but do not know which.",
  "RD", "dt sfw", "", "m")
E("Border Force LHR: Nigerian F, 26, arriving on visit visa, says she is visiting her aunt in Peckham for a wedding. Return ticket, funds, aunt confirmed by phone. Landed. No concerns.",
  "", "", "", "l")
E("""HMP Wandsworth – prison officer's note. Prisoner VO (Vietnamese, 20, remanded for cannabis production) disclosed during induction that he was kept inside the house in Bexley for months, only allowed to leave to throw rubbish at night with 'Brother Tuan' watching. He says he owes 'the boss' £18,000 and his family in Vietnam will have to pay if he does not finish. He is scared to speak to police because the boss 'has people in the prison too'. Referred to NRM first responder.

His cellmate (British, 40s) told staff VO cries at night and asked him to write a letter to his mother. VO has no visitors and no money on his account. Chaplaincy aware. Separately, LE (Vietnamese, 31) on the same landing was asked by staff whether he had similar concerns; LE said he ran his own grow, was paid, was free to come and go, and wants no referral.""",
  "RM DB IT", "et foa", "C", "h")
E("lol my mate got caught nicking from asda again 🤦 no one makes him do it he just skint. anyway not slavery just being stupid",
  "", "", "", "l")
E("Adult safeguarding: Mrs P, 72, with dementia. Grandson moved in and 'looks after her money'. Her pension is now paid to his account. Social worker concerned about financial abuse; she is well fed and goes to day centre.",
  "", "ncw", "", "l")
E("INT: POI KHAN, Rotherham, using vulnerable adult heroin users to run deals from his flat. Users paid in gear not cash, one user assaulted with a bat for 'short money' last week. 2/B/P",
  "AV WW PV", "", "C", "h")
E("POI SMITH dealing cannabis from his own car outside the chippy, works alone. 2/B/P",
  "", "", "", "l")
E("""Debrief (in English, Sudanese M 23): I came Calais, the smuggler say in UK his friend give me a room and work. The friend is Ahmed. He give me a phone and say go to this place give this bag. I say I don't want, he show me video on his phone the boy they beat who lose the bag. Every day I deliver, from morning to night. He say I owe him for the lorry £4,000 and the room. I sleep on the kitchen floor. I don't know the name of the town, only 'Big Tesco'.

Officer note: arrested 14/03 with 12 wraps of crack cocaine and £85. He had no bag and no other clothes than what he was wearing. Calm in interview. He says Ahmed's brother is still in Calais and 'knows everybody'. Consider s45 defence; NRM referral made with his consent.""",
  "DE IT DB EO AC IS AV", "lh saw plc fpe", "C", "h")
E("Street outreach: man, 30s, Romanian, seated with a cup outside M&S. Says he begs for himself, sleeps in a tent by the canal, no one takes his money. Outreach will try for hostel place. Not controlled.",
  "", "", "", "l")
E("INT: Organised group of Roma children (approx 10-13 yrs) begging at Marble Arch; adult female collects money every 2 hours and takes children back in minibus to house in Barking. 2/C/P",
  "AV WW", "cedl et ncw", "C", "i")
E("Community report: wheelchair user left outside Church St Sainsbury's 8am – 8pm every day in all weather with a cardboard sign. Same two men drop and collect. He has sores on his legs and looks starving.",
  "AV AC EO", "pa cedl et lh", "C", "h")
E("Missing person: adult male with autism, 26, went missing from supported living, found in a flat in Hastings three days later. Says he went to see a friend he met online. No drugs, no money issues, no other concerns.",
  "", "", "", "l")
E("INT: The address 5 Tennyson Rd is being used by a county line 'Tommy line' out of Lambeth. Occupant (F, 44, alcohol dependent, known to mental health services) has had her bank card taken and is given drink in return for the use of her flat. Two youths (est 15–16) living there dealing crack. Occupant told she will be 'cut up' if she calls the council. 1/A/P",
  "AV IT", "ncw", "C", "i")
E("Neighbour dispute: loud music and parties at Flat 3, tenant is a DJ, no drugs found, people come and go at weekends. ASB warning issued.",
  "", "", "", "l")
E("Sham marriage: Home Office IE intel: Pakistani national groom paid £12,000 to organiser; Czech bride (19, care leaver) was brought over by organiser, told she'd get £1,000 but got nothing; kept in a flat in Blackburn, not allowed out alone before the wedding. 2/B/P",
  "AV DE WW RM", "rm", "C", "h")
E("Marriage visitor: couple had traditional wedding in Lahore, applying for spouse visa with correct documents. Both consenting, financial requirement met. No concern.",
  "", "", "", "l")
E("Case note, Medaille Trust: Ms A (Albanian, 25). She was told by a man she met online that he loved her and would marry her in London. When she arrived he took her passport and said she had to sell sex for a while 'to pay for our wedding'. Men came to the flat every night. He hit her with a belt when she cried. He said he would send photos of her to her father if she left.",
  "DE RD PV IT", "dt", "S", "h")
E("A woman in her 40s at the pharmacy asked how to report her boss for paying her less than minimum wage at the bakery. She is free to leave and has found another job, she just wants the back pay. Referred to ACAS.",
  "", "", "", "l")
E("Farm, Lincs: GLAA intel – gangmaster POI BALAN supplying 40 Bulgarian workers to pick broccoli; workers charged £50/wk for minibus, £70/wk each to share rooms 6 to a room; charged for gloves and hi-vis. Payslips show deductions leaving £40 for 60 hrs. 2/B/P",
  "WW AC EO", "ct oc ppe lh ncw", "L", "h")
E("GLAA licence inspection: labour provider in Spalding failed to keep records of pay deductions for accommodation. Workers interviewed: accommodation clean, 2 to a room, rent reasonable, pay correct, free to leave. Licence conditions added.",
  "", "", "", "l")
E("GLAA: labour provider charged new workers £250 'registration fee' before first shift. No other issues found; workers paid correctly, live independently. Licensing breach, fee to be refunded.",
  "", "uf", "", "l")
E("School safeguarding: Y11 pupil (16) told DSL he has to 'run' for older boys after school, that they 'know where his little sister goes to school'. He has been given a phone he cannot switch off. Absent 2 days last week.",
  "AV IT", "", "C", "h")
E("Public report via online form: HELLO I WANT TO REPORT THE HOUSE ON BRUNSWICK AVE. ITS FULL OF CHINESE LADIES AND MEN COME ALL NIGHT. WINDOWS BLACKED OUT. A MAN WITH KEYS LOCKS THE DOOR WHEN HE GOES. ONE OF THE GIRLS WAVED AT MY WIFE FROM THE WINDOW AND LOOKED LIKE SHE WAS CRYING. PLEASE DO SOMETHING",
  "RM", "rm", "S", "h")
E("INT: Albanian males (x3, early 20s) working cannabis grow in a detached house in Swindon; gardeners rotate every 3 months, paid after the crop, and recruited via TikTok with 'construction work £200 a day'. Gardeners never leave – food delivered. 2/C/P",
  "DE RM", "rm", "C", "m")
E("""Ex-gardener interviewed (Albanian, 24) says he came to the UK to grow cannabis, knew the job, was paid £4,000 cash at harvest as agreed, went to the gym and shopping freely. Declined NRM: 'I am not a victim'. Charged with production.

Interview summary: he travelled on his own passport, which was in his pocket at arrest. He showed messages with friends in Durres about 'the harvest'. He had £1,200 in cash and a gym membership card. Asked whether anyone had threatened him or his family he said no. Duty solicitor advised him about s45; he repeated that he was not forced and knew what he was doing.""",
  "", "", "", "l")
E("""Shoplifting: CCTV at Superdrug shows a woman, 30s, handing stolen perfume to a man in a waiting car. She was arrested, man left. In interview she says he is her husband and they sell on eBay together. No signs of coercion.

The man was identified as her husband; both have been on the electoral roll at the same address in Harrow for five years. She has her own car, her own bank account and a part-time job at a dry cleaner. Asked whether anyone makes her steal or takes her money she laughed and said 'only my husband, and we spend it on the kids'. Both charged with theft and handling.""",
  "", "", "", "l")
E("Probation: PoP (F, 38) says partner made her steal alcohol from Co-op every day to sell, he keeps all the money, slapped her when she was caught. She says she stays because she has nowhere else to go.",
  "WW PV AV", "ncw", "C", "h")
E("ID fraud: Insurance company reports 9 car insurance policies in names of Eastern European men all at one address in Hull, all claiming whiplash from the same minor collision. Investigators think the 'claimants' are workers whose passports were taken by the landlord/employer.",
  "RD", "dt", "C", "m")
E("INT: POI MIHAI operating a 'document service' in Harrow – takes workers' passports to register them for NI numbers, then keeps them and uses the identities for bank accounts and loans. Workers told they will get them back when they 'pay the service'. 2/B/P",
  "RD DB", "dt", "C", "m")
E("A student from India lost her passport on the Tube and reported it for a replacement. She is studying at UCL, lives in halls. Crime ref provided for embassy.",
  "", "", "", "l")
E("Caseworker (Unseen): Client N, Eritrean woman 30. Worked in a takeaway in Middlesbrough 'for food and a bed'. She slept in the storeroom on cardboard. Boss said her wages were paid to the man who brought her from Libya to cover her journey. Worked 11am to 2am. The boss told her the police in UK put Africans in prison. She had one bag of clothes.",
  "WW DB AC EO", "saw plc lh foa fpe", "L", "h")
E("Punter says Thai girl at Luton flat told him she can't go out, boss has the key.",
  "RM", "rm", "S", "h")
E("Hotel housekeeper (Polish, 45) complains her agency pays her per room not per hour so some days she earns under NMW. She has her own flat and can quit. Referred to HMRC NMW team.",
  "", "", "", "l")
E("INT: hotel chain in Blackpool using agency 'Clean Star'; housekeepers (Romanian) say agency took passports 'for checks' and never returned them, workers collected from shared house 6am, dropped 11pm, £15/day cash. Rooms have 8 mattresses. 2/B/P",
  "RD WW AC EO", "dt cedl oc lh et", "L", "h")
E("Warehouse worker hit by reversing forklift; HSE informed, on full sick pay.",
  "", "", "", "l")
E("Witness statement (bus driver): Every morning at 5.15 on the first service I pick up a group of about eight men at the stop on Kingsway. A man in a red jacket pays all their fares in cash and tells them where to sit. They get off at the industrial estate. I have seen him slap one of them on the head for talking. The men never have bags or coats even in winter.",
  "PV", "cedl et sfw fpe", "L", "h")
E("""Fishing: Filipino deckhand on a Scottish trawler told Seafarers' charity that he has not been paid for six months – the skipper says the money goes to the manning agency in Manila which took a fee of $1,500 from him. He lives on the boat even in port, works 20-hour shifts when fishing. He was hit with a rope by the mate.

The charity also spoke with two other crew (Indonesian) who said they were content, are paid monthly by the owner directly into their own accounts and sleep ashore in a rented house in Fraserburgh. The vessel owner says the Filipino worker's pay is 'the agency's business'. Vessel details passed to the GLAA and the Maritime and Coastguard Agency.""",
  "WW EO PV AC", "uf saw lh", "L", "h")
E("Fisherman (Ghanaian) on a Cornish boat, contract in English and Twi, paid monthly by transfer into his own account, sleeps ashore in crew house. Came to ask about visa renewal.",
  "", "", "", "l")
E("Care home: CQC whistleblower says overseas carers sponsored by the home were charged £8,000 recruitment fee and told if they leave before 3 years they must repay £5,000 'training costs'. Work 60+ hours. Manager keeps their BRPs.",
  "DB EO RD", "uf lh dt", "L", "h")
E("Care worker (Zimbabwean) sponsored by a home in Kent, pays no fees, works 37.5 hrs, has her BRP, member of a union. Asked about switching employer. No concerns.",
  "", "", "", "l")
E("Domestic servitude: 101 call from a neighbour in Barnet: a young African woman from next door comes out only to put bins out, always barefoot; she said 'Madam' doesn't let her out and she sleeps in the kitchen; she has been there 3 years and never had a day off.",
  "RM AC EO", "rm saw lh", "D", "h")
E("Family of 6 living in 3-bed house, grandmother helps with childcare and cooking, she has her own room and pension. Health visitor routine visit. No concerns.",
  "", "", "", "l")
E("Forced criminality – money mules (NCA referral). Three Lithuanian men working at a meat plant via an agency had bank accounts opened for them on arrival by the agency's 'driver'. Driver keeps their cards and PINs. Their wages and other people's money pass through the accounts; they receive £50 a week in cash. Men were told their debt for the flights and the house is £2,500 each and rises with 'fines' for lateness.",
  "WW DB", "ncw mbc", "L C", "m")
E("Council tax team: 12 persons registered at a 2-bed flat at Harehills Lane, all Romanian men, council tax single person discount claimed by a 'landlord' who collects rent in cash and does not live there.",
  "", "oc", "", "l")
E("INT: POI VASILE uses the above 12 men at Harehills Lane to claim UC; their ID cards held by VASILE; they work on building sites for him at £20/day. Men say they cannot leave because VASILE says they owe him for the bus from Romania. 2/B/P",
  "RD WW DB AC", "dt oc", "C L", "h")

# ---------------- texts 101-150 ----------------
E("Victim account (translated from Romanian): 'He said we must go to the Jobcentre and sign what he says. He gave me a paper to say I live there. After that the money goes to the card he has. I ask for my card, he say it is for rent. I don't have money even for cigarettes. I stay because I have no other place and I am afraid of him.'",
  "AV", "ncw foa", "C", "m")
E("Jobcentre: claimant accompanied by a friend who interprets. Claimant answers questions, has own bank card and address. Friend left when asked. No concerns.",
  "", "", "", "l")
E("Car wash owner arrested for employing illegal workers. Workers (x3, Iraqi Kurdish) were paid £70 a day cash, lived in their own rented rooms and came and went as they chose. Civil penalty. No exploitation found.",
  "", "", "", "l")
E("Brother of victim called from Bucharest: his brother (deaf, 40) went to UK with a man from the next village in March; since then the man answers his brother's phone and says he's 'busy working'. Last video call brother had a black eye and cried.",
  "AV IS", "pa sfw", "", "m")
E("Handover: IP (Viet M, approx 16, age disputed) recovered from grow at Oak Rd. Does not know what city he is in, phone was taken on arrival, only contact was 'Uncle' who brought food. Placed with EDT foster carer. NRM submitted, no consent required.",
  "AV IS", "", "C", "h")
E("Victim statement (translated): 'The people who brought me said I must not speak to anyone outside. They took the SIM out of my phone. I did not know what country I was in until the police came. I thought it was France.'",
  "IS", "", "", "m")
E("OIC note: IP says she was told she'd be a nanny for a rich family in Manchester; in fact she was taken to a flat and told to sell sex. She has no phone, men bring her food, she is unable to say the address or the area.",
  "DE IS", "", "S", "h")
E("Forced begging ring, Bristol: two adult brothers with learning disabilities from Slovakia placed on pitches in Broadmead by a man they call 'Boss'. Boss lives with them, cooks, keeps their ID cards and gives them nothing from the takings. They don't know the address they live at and have no phones.",
  "AV RD WW IS", "dt ncw et", "C", "h")
E("Public report: there's a girl by the bank on Corn St with a baby, sits there all day, a man with a van brings her a coffee at lunch and takes the money then. baby looks poorly and it's freezing",
  "AV WW AC", "ncw", "C", "i")
E("Street outreach check: woman begging with baby on Corn St is known to services, she is a UK citizen in temporary accommodation, begs independently, and the man in the van is her partner who is working nearby. Baby well, HV involved. No exploitation.",
  "", "", "", "l")
E("INT: POI TUDOR recruiting homeless men at St Mungo's day centre with offer of 'job and room'. Men then used to sign for mobile phone contracts and car finance in their names; TUDOR keeps the phones and the cars. Men given a bed in a garage and cans of lager. 2/B/P",
  "AV DE AC", "plc", "C", "h")
E("Cuckooed: dealers moved into vulnerable man's flat, he now sleeps in the bath.",
  "AV AC", "plc", "C", "m")
E("""Debrief (Indian M, 35, via Punjabi interpreter): He says an agent in Jalandhar charged him 12 lakh rupees for a 'work visa in a restaurant'. He borrowed it from moneylenders at home. In Southall the restaurant owner put him on the kitchen floor to sleep and told him his visa was linked to the restaurant so if he complained he would be sent back and his family would lose the land. He worked 14 hours a day for £100 a week. His passport is kept by the owner 'for the Home Office'.

He says two other men in the kitchen were from Sylhet, had proper contracts and went home each night; the owner treated them differently and spoke to them in Bengali. He has not told his family in India what happened because of the loan.""",
  "DE DB AV IT EO RD AC", "uf saw lh dt", "L", "h")
E("Restaurant owner (Bangladeshi) sponsored a chef through the skilled worker route. Chef paid £30k salary, has own flat, works 45 hours. Home Office compliance visit satisfied.",
  "", "", "", "l")
E("Bank alert: 40 payments of £1 from different accounts into one account belonging to a 72-year-old Chinese man with limited English, then £38,000 out to crypto. Man says a 'friend from church' asked to use his account, he did not know why. Friend keeps his card.",
  "AV", "ncw", "C", "m")
E("Bank: one man seen using 14 debit cards in different names at the Asda ATM, 3am.",
  "", "mbc", "", "l")
E("INT: Telegram group 'Fast Money UK' recruiting students to receive and forward funds. Those who try to stop are sent their home address and a photo of their front door. 2/C/P",
  "IT", "", "C", "m")
E("Student (Nigerian, 22) reports he was told on WhatsApp that if he doesn't move more money through his account they will tell the university he is a fraudster and send men to his room. He already sent on £9,000.",
  "IT", "", "C", "m")
E("Public report (Modern Slavery Helpline relay): caller works at a Polish shop in Boston. A regular customer, a man around 50 who hardly speaks, came in with cuts to his face. The man driving him pays for his shopping with a card in the man's name and keeps the card. Caller has seen this man's name on five different cards used by the same driver.",
  "PV", "pa ncw mbc sfw", "", "h")
E("Cannabis, Stockport: warrant executed, 2 Vietnamese males in situ, both adults, both with phones, keys to the property and cash. One admitted to cousin's offer of 'easy job watering'. Both say they were free to come and go and paid weekly. No MS indicators identified.",
  "", "", "", "l")
E("INT log 3x5x2: 2/B/C (do not disclose to landlord). Property 9 Park View being used as a cannabis grow. Two Vietnamese teenage boys (est 14–16) seen through window at rear; no one else seen leaving; food delivered by Deliveroo to a male who enters with key and locks the door on leaving. Neighbour heard one of the boys screaming on Tuesday night.",
  "AV RM", "rm", "C", "i")
E("Arrest: ALBANIAN national BEGAJ, 31, 'farmer' at grow in Kettering. In interview he says he was told he would do painting and decorating; at the house the men took his phone, pointed a gun at him and said he must stay for 4 months. Nobody came for 2 weeks at a time, he ate noodles. He has not been paid.",
  "DE IS IT RM WW AC", "", "C", "h")
E("INT: Vietnamese lad locked in grow at 12 Elm Rd, food passed through letterbox. 2/B/P",
  "RM", "rm", "C", "i")
E("Sham marriage: INT – Hungarian women brought to Newcastle by POI OLAH for arranged marriages with Pakistani men seeking residence. Women paid nothing; OLAH takes the fee. One woman (has a mild learning disability) told friend she was 'locked in until the wedding day' and that OLAH slapped her when she said no. 2/B/P",
  "AV WW RM PV", "rm", "C", "h")
E("Forced marriage unit referral: British Pakistani woman, 23, says family are taking her to Pakistan to marry a cousin, she does not consent. Passport taken by her father. She is at home now, frightened, brother watches her.",
  "RD RM", "dt rm", "", "m")
E("My brother married a Romanian lady last year, they met on holiday, she works in a bank and they have a baby. Someone reported them as sham marriage out of spite. Nothing in it.",
  "", "", "", "l")
E("Public report: theres a man who stands outside Greggs on the Headrow with a sign saying 'hungry' every day, he gets out of a black Audi each morning with two others who go to the other corners. Audi back at 7 to get them. Think its organised",
  "", "cedl et", "C", "m")
E("Outreach: man begging outside Greggs the Headrow says he was brought from Romania by 'Florin' who said there was carwash work. Florin takes everything except £5 a day for food; he sleeps in a car with 3 others. Florin said if he goes to police they will take him to prison.",
  "DE WW AC IT", "ncw plc foa", "C", "h")
E("Romanian couple (both 60s) begging in Oxford. Spoke to them via Google Translate. They travel by coach independently, rent a room together, say they come for 3 months every year and return home. No third party involvement seen.",
  "", "", "", "l")
E("""Safeguarding alert – Adult Social Care, Swansea. Mr D, 52, alcohol dependent, has had 'lodgers' for a year: two men from Liverpool. They pay him in cider. His flat has been used for dealing; he says he's made to hold bags of gear in his coat when he goes out and sit on the bus to Neath to hand them over. When he said he wanted them out, one put a knife on the kitchen table and said 'you're going nowhere, mate'. Mr D is very thin and has a broken tooth.

Mr D's GP has been told. His brother in Port Talbot thought the men were 'just drinking mates' and has not visited since Christmas. Police attended twice earlier this year for noise and recorded nothing further. The men are believed to be from Merseyside; one has a spider's web tattoo on his neck.""",
  "AV IT RM PV", "pa rm", "C", "h")
E("Tenant (M, 45) with mild learning disability says a man he met at the pub has been staying on his sofa for two weeks. He's happy with this, the man pays towards food, no drugs. Support worker to monitor.",
  "", "", "", "l")
E("Victim account (Slovak, F, 31, in English): They bring us from Kosice to Sheffield. I was told work in hotel for £7 per hour, good room. But we live 15 people in house, and go every day to Meadowhall. Jozef gives us list: razor blades, perfumes, clothes from Next. If we come back with less than list he shouts and pulls my hair. The things he sells on Facebook. We never get money. He keep our ID in his car.",
  "DE AC WW PV RD", "oc dt", "C", "h")
E("Retail crime: organised gang of British men stealing high value electronics across the north west, selling to a fence. All adults, all profit sharing. Firearms previous. No MS angle.",
  "", "", "", "l")
E("DC note: suspect in shop theft series, Romanian F 19, during interview began to cry and said 'if I don't steal, the woman who keeps my child in Romania will not feed her'. Interview suspended, NRM consideration.",
  "IT", "", "C", "h")
E("Organ harvesting: NCA intel – Eastern European males recruited in London homeless hostels to travel to Turkey to 'donate' a kidney for £3,000; passports handled by recruiter; one returned unpaid and sick. 2/B/P",
  "AV DE WW RD", "dt pa", "O", "h")
E("Transplant coordinator: patient asked whether he could 'buy' a kidney abroad because waiting list is long. Advised it is illegal and unsafe. No other concern.",
  "", "", "", "l")
E("Debrief (Moldovan M, 29, via interpreter): He says he was told in Chisinau that he could get £10,000 for 'helping a sick man' and he would be looked after. He was taken to a clinic in another country where they removed his kidney. Afterwards he was brought to the UK, given £500 and told to work on building sites to repay 'the costs of the hospital'. The men keep his passport.",
  "DE WW DB RD AV", "dt", "O L", "h")
E("Forced labour, waste recycling plant, Bolton: INT – Polish and Romanian men sorting rubbish on a conveyor 12-hour shifts, no gloves or masks, charged £5 a week for hi-vis; housed in a flat above a bookmaker 10 to a flat. Controller drives them in, collects wages from the agency in cash. 2/B/P",
  "EO AC WW", "lh ppe oc et ncw", "L", "h")
E("Man says brokers took his kidney in Egypt, kept his passport and never paid him.",
  "RD DE", "dt", "O", "m")
E("Labourer (Irish traveller community site, M 50s) says he worked for a family on the site for 20 years tarmacking driveways, never paid, slept in a shed with no heating, beaten when he tried to leave. He came to the police station after walking 10 miles.",
  "WW AC PV AV", "plc saw", "L", "h")
E("Cleaner works 7 days, 14 hours a day, no pay – 'it's for the debt for the visa' she says.",
  "EO WW DB", "lh", "L", "h")
E("999 at 02:14hrs: male with heavy accent at Sunny Wash car wash, Bridge St, says 'help they lock us in the container, no air, man hit my friend with pipe'. Background shouting. Units deployed.",
  "RM PV AC", "saw", "L", "i")
E("Hand car wash, Cardiff: Albanian men wash cars 8am–8pm, one wants to report boss who did not pay last Friday. Follow-up: boss paid on Monday, workers rent privately. Not MS.",
  "", "", "", "l")
E("""Caseworker notes (BAWSO): Client, Nigerian, 28. Came on a domestic worker visa with a family from Lagos. The madam took her passport 'for safekeeping' and her phone 'so she won't be distracted'. She cleaned, cooked and cared for the grandmother day and night, slept on a mat by the grandmother's bed. The madam said her salary of ₦50,000 a month was paid to her mother in Nigeria; her mother has had nothing. She was beaten with a shoe for burning rice. The family said juju would kill her if she spoke.

She left when the family travelled to Lagos for a funeral and the back door was left unlocked. A taxi driver took her to a mosque, where staff called BAWSO. She has been in a safe house since 12/06 and says she is sleeping properly for the first time in years. The family's driver, a Ghanaian man who takes the children to school, lives out and is paid, she thinks.""",
  "RD IS EO AC WW PV IT", "dt saw lh", "D", "h")
E("Nanny (Slovak, 26) lives with a family in Chelsea, has her own room and bathroom, works weekdays, weekends off, holds her own passport, salary paid into her bank account. Called to ask about tax.",
  "", "", "", "l")
E("Domestic: 999 from a neighbour – an elderly Indian woman brought over by her son is made to cook and clean for the whole family of 9 from 5am, fed leftovers, not allowed to visit the temple, son has her passport. Neighbour says she was crying in the garden just now with a bleeding hand.",
  "EO RM RD PV AC AV", "lh rm dt pa", "D", "i")
E("Visa issue: Chinese F, 32, overstayed her student visa, works in a restaurant for cash, rents a room, wants advice on regularising status. Employer pays her normally. No exploitation disclosed.",
  "", "", "", "l")
E("""INT (2/B/P) – LONG. Subjects: POI BADEA Ionut (DOB 11/02/84), POI BADEA Florina (DOB 05/09/86). Address: 31 Green Lane, Ilford. VRMs: GF19 XKL (black Audi A6), LT62 OPY (white Transit).
Source states BADEA family control at least 8 Romanian adults who beg and sell the Big Issue without badges at Liverpool St and Bank. Victims include an older man with one arm and a woman who is partially sighted. Victims are taken out in the Transit at 0630 and collected at 2100. BADEA Florina collects takings at 1300 and 1800. Victims live in the loft and garage at Green Lane; they are given bread and tea. Source has seen BADEA Ionut hit the older man with a belt for keeping a £10 note. Source believes victims' ID cards are in a shoebox in the kitchen.
Also noted: BADEA Ionut has a tyre business on Romford Rd which appears legitimate.""",
  "AV WW AC PV RD", "cedl et ncw plc dt", "C", "h")
E("Big Issue seller buys his own mags and keeps the profit. No concerns.",
  "", "", "", "l")
E("Intel: Female (Thai, 40s) working at massage parlour in Reading, told customer she had to pay £20,000 'contract' to the owner and pays it from each client, still owes £15,000 after a year. She lives at the parlour.",
  "DB", "saw", "S", "h")

# ---------------- texts 151-200 ----------------
E("IP confirmed she holds her own passport, has a bank account in her sole name and is free to leave the premises. No concerns re exploitation at the nail bar at this time.",
  "", "", "", "l")
E("""Officers attended the car wash following the anonymous report. Workers spoken to individually with an interpreter; none reported being threatened, all live in their own rented rooms, all have their documents. No indicators of modern slavery found.

The owner showed payroll records for all eight staff and a tenancy agreement for the flat above the wash, which four of them rent. One worker complained that his hours had been cut to 30 a week and he is looking for other work. The original caller has since admitted he had a dispute with the owner over a damaged car. Intelligence updated, no further action.""",
  "", "", "", "l")
E("He says if the boss had asked for his passport he would have refused, but the boss never asked. He is paid weekly into his own account and goes home at weekends.",
  "", "", "", "l")
E("Rumour on the estate that the men at no.40 are 'slaves'. PCSO visit: they are Polish builders renting the house together, all employed by a local firm, cars of their own. Neighbours just don't like the vans parking.",
  "", "", "", "l")
E("Brothel, Slough: INT – 4 Chinese females advertised on Vivastreet at a flat above a vape shop. A Chinese male drives them between 3 towns every fortnight. Females do not go out; cigarettes and food brought. Adverts say 'new Asian girls'. 2/C/P",
  "RM", "et rm", "S", "h")
E("Punter report (anonymous, Crimestoppers): I went to a flat in Coventry and the girl was Romanian, maybe 17 she looked very young, she had bruises on her back and a man was sat in the kitchen the whole time. She asked me to give her my phone then took it back and shook her head.",
  "AV PV", "pa", "S", "i")
E("Debrief account (F, Nigerian, 24, English): 'Madam Joy said I will be a hairdresser in London. Before I left we did juju oath in the shrine and I swore I will pay her €35,000 and never tell the police. In Italy and then UK I was put on the street and in houses with men. If I do not bring the money she say my brother will die from the oath. I pay and pay, the money is still 35,000.'",
  "DE DB IT", "", "S", "h")
E("Sex worker (UK national, 35) reports a client who refused to pay and pushed her. She works independently, advertises herself, keeps her earnings. Crime recorded as assault.",
  "", "", "", "l")
E("OnlyFans creator (20) contacted police as ex-boyfriend threatening to share her content. She runs her own account. Harassment and intimate image offence, no exploitation by a third party.",
  "", "", "", "l")
E("""Police intelligence – OFFICIAL SENSITIVE. Grading 2/B/P.
Information: an adult female (Polish, 30s, described as 'slow' and with a learning disability) is living with POI WOJCIK at 14 Dale St. WOJCIK advertises her on an adult website. He manages the phone for the advert and takes all the money. Female has been seen with a black eye. She does not go out except with WOJCIK to the Co-op.

Additional information: WOJCIK (DOB 22/07/79) has previous for ABH on a former partner (2016). VRM KM15 TZA (grey Astra) seen at the address. Council tax shows WOJCIK as sole occupant. Adult Social Care have no record of the female. Handling: may be shared with ASC for a welfare check.""",
  "AV WW PV RM", "ncw sfw rm et pa", "S", "h")
E("CSE: school nurse referral – girl 13 has an 'older boyfriend' aged 24 who picks her up from school in a car and gives her vapes and a phone. She said she has 'been with' his friends in a flat. Girl reluctant to talk.",
  "AV PV", "et", "S", "i")
E("CSE: police found Y9 girl (14) in a hotel room in Rochdale with two adult men at 1am. Men arrested. She had been reported missing earlier.",
  "AV", "", "S", "h")
E("Teenage relationship: girl 16 and boyfriend 17, same school, parents aware and supportive. Referral made by a neighbour who misread it. NFA.",
  "", "", "", "l")
E("""Diplomatic household – Kalayaan note: Ms S, Indonesian, 38. She worked for a Gulf diplomat's family in Kensington. She was never allowed out of the house; when the family went to the country house she was locked in the flat. She was given the family's leftovers. She did not have a phone. She worked from 5am to 1am. She was paid nothing in London; her employer said he pays her salary 'in the home country'. Her passport was taken at the airport by the driver.

She got away when the family came back to London and she saw the gate open while the driver was loading the car. She walked to a church where someone phoned Kalayaan. She wants to work again 'for a good family'. The employer's diplomatic status is being checked with the FCDO.""",
  "RM IS EO WW RD AC", "rm lh dt", "D", "h")
E("Au pair (Ukrainian, 19) told her college tutor that her host family make her clean the whole house and look after 3 children 7am–9pm every day, and she gets £40 a week. The host mother has her passport 'for safekeeping' and says if she complains she will tell the Home Office and she'll be deported.",
  "EO WW RD IT", "lh dt foa", "D", "h")
E("Student (Ukrainian) staying with a host family under Homes for Ukraine helps with washing up sometimes and babysits for pocket money. Happy, at college, has own documents.",
  "", "", "", "l")
E("INT: 'Beauty salon' in Luton – Vietnamese girls 16–19 doing nails 9am to 10pm, sleeping in back room, owner keeps wages to 'pay the snakehead'. 2/B/P",
  "AV EO AC WW DB", "lh saw", "L", "h")
E("Nail technician (Vietnamese, 28) has settled status, rents a flat with her husband, works at a salon 40 hrs. Interviewed during a joint visit. Fine.",
  "", "", "", "l")
E("Food factory, Northampton: worker told GLAA that the labour provider takes £100 each week from wages for 'the loan for your flight' which is now bigger than when he started because of 'interest'. He does 6 nights a week 12h.",
  "DB EO", "lh", "L", "m")
E("Factory worker (Romanian) has a loan from her employer for a deposit on a flat, repaid £50 a month with a written agreement, no interest. She can leave any time; balance now £300.",
  "", "", "", "l")
E("Warehouse via agency, Daventry: Public report – my colleagues from Eritrea are picked up by the same guy every shift, he takes their payslips and gives them 'pocket money', they live in his house and pay him £120 each, there are 9 of them. When one tried to get his own bank card the guy told him he'd be sent back to Libya.",
  "WW IT AC", "et ncw oc", "L", "h")
E("Three Romanian men in the house, all their wages go to 'the uncle', they get cigarettes.",
  "WW", "ncw", "L", "m")
E("Cannabis grow, Burnley: 'gardener' (Viet M 21) found with burn scars on his hands, says the lamps. He says he agreed to work but then they said he owes £15,000 and locked the doors. He sleeps on a mat in the cupboard.",
  "DB RM AC", "pa plc saw", "C", "h")
E("Two local men growing weed in their own garage for mates. Arrested. No one else involved.",
  "", "", "", "l")
E("Intel: county line 'Jay' running from Birmingham into Shrewsbury. Uses two adult crack users as runners; they get paid in rocks. One runner says they 'took my phone and replaced it with the line phone so I can't ring my mum'. 2/B/P",
  "AV WW IS", "", "C", "h")
E("Drug dealer (adult, British) arrested with 50 wraps, admits dealing for profit, works for himself, says nobody forced him. No NRM.",
  "", "", "", "l")
E("""Victim account (British, M, 22, autism): I met Kev online gaming. He said I could earn easy money driving. He took me to a house where his mate took my phone and my bank card. I had to sit in the car with bags in the boot and drive to places. They said I owed them for petrol and for 'the stuff the police took'. Kev put a cigarette out on my arm when I said I wanted to go home. I slept in the car most nights.

My mum reported me missing twice but I told the police I was fine because Kev was sat in the car outside. Now I'm at my nan's. Kev keeps messaging my Instagram saying 'you still owe'.""",
  "AV DE IS DB PV AC", "pa ncw", "C", "h")
E("Intelligence: vehicle theft group, Birmingham. Source says the group uses young Romanian men who were promised warehouse jobs. They are made to break into houses in Solihull at night to take car keys. Group leader keeps their passports in a bag in his BMW and gives them £50 a week. Source believes one of them is 16. 2/C/P",
  "DE RD WW AV", "dt", "C", "h")
E("Burglary, Sutton Coldfield: keys taken through letterbox fishing, Range Rover stolen. Suspects unknown. No further info.",
  "", "", "", "l")
E("Probation report (PSR). Mr L, 24, convicted of 3 burglaries. He told me he has been dealing with a man he owes money to since he was 15. He said the man 'told me which houses and which cars' and drove him there. Mr L says he never had any of the money; it all went off his debt. He says the man has told him he will go after his girlfriend if he stops.",
  "DB WW IT", "et", "C", "h")
E("Man convicted of burglaries says he did them to pay for his own drug habit, planned them himself, sold goods at car boot. No third party.",
  "", "", "", "l")
E("Benefit fraud investigation: claimant (Bulgarian, 50s) has been living in Bulgaria for 2 years while UC paid; her nephew uses her card. She says she agreed to it. Benefit fraud, not MS.",
  "", "", "", "l")
E("INT: 'Employment agency' in Southend run by POI CIOBANU takes new arrivals' ID cards to register them at the Jobcentre and GP; then claims UC and carers allowance in their names; arrivals housed 4 per room in a HMO he owns; he drives them to a cleaning job every morning at 5am. 2/B/P",
  "RD AC", "dt oc cedl et", "C L", "m")
E("HMO licensing, Newham: 22 people (men and women) in a 4-bed house, bunk beds in the kitchen, one toilet. Landlord lives elsewhere, tenants are workers from an employment agency owned by the landlord. Tenants say rent is taken from their wages before they get paid.",
  "AC", "oc plc", "L", "m")
E("Car wash boss keeps all the lads' passports in the safe, they say. 3/C/P",
  "RD", "dt", "L", "m")
E("Girl, 15, picked up from school by men in cars, taken to parties and made to have sex.",
  "AV PV", "et", "S", "h")
E("GP (practice nurse): new patient, Romanian M 45, registered by a man who says he is his 'boss' and answers for him. Patient has scabies and says he sleeps in a van. Boss has his ID card.",
  "RD AC", "sfw dt plc", "", "m")
E("Midwife: pregnant woman (Albanian, 20) booking at 28 weeks, partner present and insisted on interpreting though she speaks some English, she whispered 'please help me' when he went out, she has no phone and no money, doesn't know where she lives.",
  "IS", "sfw", "", "m")
E("au pair works like 80 hrs a week for £30, host mum keeps her passport",
  "EO WW RD", "lh dt", "D", "h")
E("Press summary: Three men from the same family were jailed at Leeds Crown Court for forcing vulnerable homeless men to lay patios and driveways for no pay. The victims, some recruited from soup kitchens, were kept in caravans without running water, fed scraps, and beaten if they asked to leave. One had been held for 13 years. The judge said the men had been 'treated as commodities'.",
  "AV WW AC PV RM", "plc rm", "L", "h")
E("Press: a Midlands hand car wash was fined for breaching the minimum wage by £2,400 across 6 workers. The owner paid the arrears. HMRC said there was no evidence of forced labour.",
  "", "", "", "l")
E("Intel: Polish males at a chicken farm in Herefordshire work 'catching' shifts all night, sleep in a barn; the gangmaster drives them to the bank to withdraw their wages which he keeps for 'rent and transport'. 2/B/P",
  "WW AC", "saw ncw et ct", "L", "m")
E("Farm worker (Seasonal Worker visa, Kyrgyz) says scheme operator told her she'd get 40 hrs a week but only 20 are available. She is paid for all hours worked and can transfer. Raised with scheme operator.",
  "", "", "", "l")
E("Seasonal worker (Nepali) says he paid an agent in Kathmandu $6,000 for the job in Kent; the UK farm pays correctly but he still owes the agent, whose men call his family for payments.",
  "DB IT", "uf", "L", "m")
E("Forced begging: Bulgarian M, 60s, no legs, placed on a skateboard by Oxford Circus by two younger men at 9am, collected 7pm; the men were seen taking notes from his cup. He had nothing with him but a blanket.",
  "AV WW", "cedl et ncw fpe", "C", "m")
E("Translated statement (Romanian): 'We were told we will work in construction with my husband. They take us to a house in Slough, the man took our ID and said we must go to the station with the children and ask money. Every evening he counts and if it is less than £80 he does not give food to the children. We must pay him £200 a week for the room which is a garage.'",
  "DE RD AV AC WW DB", "dt plc ncw", "C", "h")
E("INT: Romanian female (20s) observed begging at Euston with a sign 'pregnant, no food'; she is collected by a male in a Ford Galaxy with 4 other females and driven to Wembley. Male charges them £10 each for the lift. 3/C/P",
  "", "cedl et ct", "C", "m")
E("Shoplifting to order (debrief, Lithuanian M, 27, heroin dependent): A guy at the hostel gave me gear on tick. Then he said I owe £600 and gave me a shopping list – steaks, Lego, coffee from Tesco. Every time I bring things he says it pays £20 off but I use more so the debt is bigger. He's got my hostel keycard and my phone when I'm not out robbing. His mate broke my nose in the stairwell when I was short.",
  "AV DB IS PV", "pa", "C", "h")
E("Shop staff report a man stealing meat who says 'I have to, they'll hurt me'. Security held him until police arrived; he then said he was joking and steals for himself to sell to pubs. He had his own flat and phone. No other info.",
  "", "", "", "l")
E("""Intel – 2/B/P: Group of Romanian women ('the Ilie group') shoplifting across Kent and Sussex. Women are driven by POI ILIE in a white Sharan, dropped at retail parks at 9am and picked up at 4pm. Stolen goods are taken by ILIE. Women live in a 2-bed flat in Dartford (7 women). One woman has told store detective she 'must pay for Italy' – believed to refer to a debt for her journey.

Store detectives at Bluewater have seen the same Sharan on six occasions since March. ILIE (DOB 14/10/90) has previous for handling stolen goods. Goods are believed to be sold through a market stall in Romford run by a relative; the stall itself appears to trade legitimately in phone cases. Recommend joint approach with the retail crime partnership and the MSHT team.""",
  "DB AC", "cedl et oc", "C", "m")

# ---------------- texts 201-250 ----------------
E("Sham marriage organiser holds the bride's ID card and has paid her nothing. 2/C/P",
  "RD WW", "dt", "C", "m")
E("Fraud team: 27 UC claims linked by one email and one phone number; claimants are Bulgarian men living in one house in Walthamstow who work for a removal firm. When interviewed, the men said 'the accountant' has their passports and their UC money; they get paid £25 a day cash for removals work, 6am–10pm.",
  "RD WW EO", "dt ncw lh oc", "C L", "h")
E("Money mule: INT – POI GHEORGHE gets newly arrived Romanian workers to open accounts at Monzo and Revolut; he keeps the phones the banking apps are on. Workers told they will be arrested for fraud if they talk because 'it's your name'. Accounts used for laundering. 2/B/P",
  "IT", "ncw mbc foa", "C", "m")
E("Bank investigator: customer account received £30k then transferred out. Customer admitted selling access for £1,000 to a man in a pub. Not under any pressure; knew it was 'dodgy'. Referred for money laundering.",
  "", "", "", "l")
E("ATM at Sparkhill: CCTV shows one male using 11 different cards one after the other at 0200. Cards linked to accounts of Romanian workers at a nearby packing plant. Workers later said 'the boss' holds cards to 'pay rent'.",
  "", "mbc ncw", "L", "m")
E("Sham marriage – registrar report s24: bride (Slovak Roma, 18) appeared confused, did not know the date, groom (Indian national) and an older man spoke for her. She told the interpreter she had been 'brought by Marek' and that Marek will 'keep the money for my family'. She said she cannot go back to Slovakia until 'after'. Marriage suspended.",
  "AV WW", "sfw ncw", "C", "m")
E("Sham marriage: Home Office intel – Latvian women paid £3,000 each to marry Nigerian men. They travelled freely, kept their passports and money. Women willing participants; immigration offence only.",
  "", "", "", "l")
E("Forced marriage / sexual: Pakistani woman (22) brought to Bradford after marriage to British man; mother-in-law keeps her passport and spousal visa papers; she is made to cook and clean for 11 people; not allowed to phone her parents; husband rapes her. She said she would be killed if she went home shamed.",
  "RD IS PV IT", "dt", "D", "h")
E("Spouse visa: wife (Indian) lives with in-laws, says she helps cook but has a job at Boots, her own bank account and phone. Visit by HV – no concerns.",
  "", "", "", "l")
E("Domestic servitude, Ilford: girl 15 brought from Ghana by 'aunty', not in school, does all the cooking, cleaning and childcare, sleeps on the sitting room floor, aunty hits her with a cable. Neighbour called police tonight, girl sitting on the doorstep crying.",
  "AV PV AC", "saw", "D", "i")
E("""Domestic worker (Filipina) employed by a family in Knightsbridge, 48 hrs a week, own room, days off, salary into her account, passport in her possession. Asked for help renewing her overseas domestic worker visa.

Her employer rang the helpline the same day to check they were doing everything properly. The family's previous nanny worked for them for six years and now works for a neighbour. She said she sometimes wonders whether other nannies she meets in the park have it as good, but she knows of nobody in difficulty.""",
  "", "", "", "l")
E("""Victim statement (Sri Lankan F, 44, Tamil interpreter): She says she was told she would be a cook in a hotel in London. Instead she was taken to a house in Harrow where she had to clean and look after a disabled man for a family. She says she was never paid, she was told the money would be given when she leaves. She worked from 5.30am to midnight. She was not allowed to go out, the family said the police would arrest her because she had no papers. She had only the clothes she came in.

The family's adult son, who works in IT, told officers she was 'like a grandmother' to his children and was free to go to the temple; she says she went twice in three years, both times with his wife. Her passport, now expired, is kept by the wife in the cupboard with the jewellery.""",
  "DE WW EO RM IT RD", "lh rm foa fpe dt", "D", "h")
E("Organ: Pakistani man, 24, told by his employer in the UK that his debt for his visa (£8,000) would be cancelled if he donated a kidney to the employer's brother in Pakistan. He was told to say he was a cousin. Refused, now being threatened.",
  "DB DE IT", "", "O", "h")
E("Renal unit safeguarding: prospective donor (Albanian, 27) could not describe relationship with recipient; donor visibly frightened; recipient's son had donor's passport; donor said he 'had no choice'. Transplant halted, police informed.",
  "RD", "dt foa", "O", "m")
E("INT 2/C/P: Organ trafficking concern – online post in Romanian on a UK Facebook group offering '€20,000 for kidney, we arrange everything, travel to Istanbul'. Respondent (homeless Romanian man in Peterborough) was collected, taken to London for blood tests, but then the recruiters kept his ID card and told him he now owes £1,500 for the tests.",
  "AV RD DB", "dt", "O", "h")
E("Kidney donor (altruistic, British) donated to a stranger via the national scheme. Routine HTA paperwork. No concerns.",
  "", "", "", "l")
E("Cannabis grow, Hull: 2 Vietnamese men found, windows nailed shut, door bolted from outside, no food except instant noodles; one man had a gash on his leg from falling through the loft; said the 'boss' took their phones.",
  "RM AC IS", "plc pa", "C", "h")
E("County lines – cuckooing debrief, officer's summary: Ms T (58, COPD, lives alone) had her flat taken over by a line from Manchester. She was kept in her bedroom while they dealt from the living room. They took her bank card and benefits. They told her they'd set fire to her flat with her in it if she called anyone. She lost 2 stone in a month. Adult safeguarding informed.",
  "AV RM IT", "rm ncw pa", "C", "h")
E("Deal line intel: runners (adults, 20s) for 'Dubz line' are paid £500 a week cash, recruited by word of mouth, come and go freely. No coercion seen. 2/C/P",
  "", "", "", "l")
E("Custody: detainee (Vietnamese M, 19) arrested at grow in Harlow, custody sergeant notes he has very few possessions, is malnourished, and asks repeatedly if he will be sent back to Vietnam; he says 'the boss has my passport'.",
  "RD", "fpe pa foa dt", "C", "m")
E("Vietnamese man, 35, owns the house and runs the grow himself. Charged.",
  "", "", "", "l")
E("Public report on force website: Hello, I own a shop opposite the hand car wash on Mill Rd. The workers are Kurdish and Albanian, about 8 of them, they work from 7am until 9pm, even in snow. I never see them have lunch. They sleep in the portacabin. The boss comes in a Mercedes and shouts. Last week one had a bandaged hand and he was still working. I asked him if he is OK, he looked at the boss and said nothing.",
  "EO AC", "lh saw pa foa", "L", "m")
E("Complaint: my son (19) got a job at a car wash through Facebook. He was told £80 a day but the owner pays him £50 because he is 'training'. He can leave and is looking for other work. Is this legal?",
  "", "", "", "l")
E("Construction: Romanian labourers on a housing site in Milton Keynes charged £15 a day 'transport' from the house to site in the gangmaster's van and £40 for boots; wages paid to gangmaster's account, workers handed cash on Saturday minus 'costs'. Say they work Monday–Sunday.",
  "WW EO", "ct ppe ncw lh et", "L", "m")
E("Construction worker (Lithuanian) injured falling from ladder; employer insured, paid sick pay. Worker own accommodation. RIDDOR report.",
  "", "", "", "l")
E("Safeguarding – Children's Services: Child E (16, UASC from Albania) went missing from his placement in Kent. He was found in a cannabis grow in Gloucester. He says a man paid for his journey and told him he must work for a year to pay it back; if he ran, the man's friends in Albania would visit his family.",
  "AV DB IT", "", "C", "h")
E("Looked after child (16) goes missing from placement to see his girlfriend, returns next morning, no injuries, no unexplained money. Return home interview done.",
  "", "", "", "l")
E("Intel: Filipino fishermen on a Northern Irish trawler held on board in port, not allowed ashore by skipper, on 'transit visas' so told they'll be arrested if they step off; working 20 hrs/day at sea; paid $500 a month to agency. 2/B/P",
  "RM IT EO", "rm foa lh saw", "L", "h")
E("""Debrief (Chinese F, 35, Mandarin interpreter): She says she answered an advert for a restaurant job in London with free board. The 'boss' met her at the airport and took her passport 'to get her registered'. She was taken to different flats every week where men came for massage and sex. She says the boss kept all the money, saying she owed £20,000 for her visa and flight. She was told the police in the UK would imprison her for prostitution. She was moved every week and never knew which city she was in.

She was found during a warrant at a flat in Cardiff where there was also a second woman, a Thai national in her 40s, who said she worked independently, rented the room herself and kept her own money; she declined support. The first woman has accepted an NRM referral and is in a safe house.""",
  "DE RD WW DB IT IS", "dt foa ncw", "S", "h")
E("Escort (Brazilian, 27) on a valid visa works from a rented flat, advertises herself, uses her own bank account. Attended to report a burglary at her flat. No third party control.",
  "", "", "", "l")
E("Forced begging – Scotland (Police Scotland intel 2/B/P): Roma family members from Romania begging on Sauchiehall St are driven in each morning by a man who also charges them £5 a day for the car; at night their takings are collected by his wife. One male beggar has a leg ulcer that has not been treated.",
  "WW", "et ct ncw pa", "C", "m")
E("Glasgow outreach: Roma woman begging on Buchanan St with her husband. They share a flat with relatives, keep what they earn, children in school. Offered food bank and advice.",
  "", "", "", "l")
E("Victim (Hungarian M, 50, via interpreter): He says he was an alcoholic in Budapest. A man offered him work in an English factory. In England he was put in a room with 6 men and told to stand outside Lidl with a paper cup. He was given beer each morning 'so you stay calm'. The man said if he tried to go to the police, nobody would believe a drunk foreigner and they would put him in prison.",
  "AV DE AC IT", "oc foa", "C", "h")
E("Probation (Approved Premises): resident, 34, says his former dealer has been waiting outside the AP and told him he still owes £2k and will have to 'do a few drops' or his mum's house gets a visit. Resident has not left the AP since.",
  "DB IT", "", "C", "m")
E("Police log: man, 40s, reported for aggressive begging at cash machines in Nottingham. Known to police for begging, lives in supported housing, no indication of anyone controlling him. CPN working with him.",
  "", "", "", "l")
E("ID fraud (Action Fraud): several credit cards opened in the name of a Polish woman who says she gave her passport to a 'job agency' in 2022 which never gave it back. She now has debts she didn't take out. She left that job after a week and has her own place now.",
  "RD", "dt", "", "m")
E("Man beaten with a hammer for keeping £10 of the begging money.",
  "PV", "", "C", "h")
E("Intel (2/B/P). Subject: MATEI Cristian. MATEI brings Romanian couples to Bedford and registers them at his address to claim Universal Credit and housing benefit. The couples' benefits are paid into accounts for which MATEI holds the cards. He puts the men to work in his roofing business for £30 a day and sends the women to clean houses for his friends unpaid. Couples told that if they complain their children in Romania 'will not be safe'.",
  "WW IT", "ncw mbc", "C L", "m")
E("""Cuckooing — 101 report by housing officer: tenant, 29, with schizophrenia, says 'the boys' won't let him go to the chemist for his injection, he has to stay in and answer the door. They gave him a phone to ring them when someone comes. Flat trashed, no food in fridge.

The tenant's mother visits on Sundays but says she has not been let in for three weeks – one of 'the boys' tells her at the door that her son is asleep. Separately, the neighbour at flat 4 has complained about a barking dog; not connected.""",
  "AV RM AC IS", "rm plc iso", "C", "h")
E("Housing officer visit: tenant with schizophrenia lives with his brother, who helps with his medication appointments. Flat clean, tenant happy. No visitors of concern.",
  "", "", "", "l")
E("INT: Female (Thai, 30s) held in a flat in Cardiff Bay, advertised on AdultWork; male handler has her passport, she is not allowed out alone, handler told a punter 'she owes me for the flight still'. 2/B/P",
  "RD RM DB", "dt rm", "S", "h")
E("ASB complaint: flat above shop has many male visitors at night, neighbour suspects brothel. Police visit: woman (British, 40) working alone as independent sex worker. Safety advice. No exploitation indicators.",
  "", "", "", "l")
E("CSE – strategy meeting minute: Child A (15) disclosed that 'Ash' and his friends get her drunk at parties at a flat in Oldham and she has to have sex with the men or Ash will send the videos to her school. She has been collected from outside her care home at 11pm by taxis Ash pays for. Police to seek Child Abduction Warning Notice.",
  "AV PV IT", "et", "S", "i")
E("Father worried daughter (17) has a much older boyfriend (19 actually). Met him at college, he is respectful, family met him. No CSE concerns.",
  "", "", "", "l")
E("""Pop-up brothel – officer's handover: Hotel in Reading, room 214. Three Romanian women found. Each had phone with the same 'manager' WhatsApp contact who told them which clients to see. Manager ('Dani') not present. Women said they are paid by Dani 'at the end of the month' but none have been paid since arriving in June. No passports with them – Dani 'has them in London'. Women do not know which town they are in. All three accepted NRM.

Hotel staff say the rooms were booked online with a card in another name; the same card was used at hotels in Slough and Oxford. One of the women had a burn on her wrist which she said was from hair straighteners.""",
  "WW RD IS", "dt ncw pa", "S", "h")
E("Nigerian woman says madam will put juju on her family if she stops the sex work.",
  "IT", "", "S", "h")
E("Labour – packhouse, Evesham: interview by GLAA officer with Bulgarian F (52). She says the gangmaster told her in Bulgaria it was £9.50 an hour and a free room. Here the room is £80/wk shared with 3 others, the minibus is £25/wk, and she had to pay £30 for her boots and hairnet. She gets £110 a week for 50 hours. She wants to go home but the gangmaster says she owes £400 for the coach and must work it off first.",
  "DE WW AC DB", "ct ppe oc lh", "L", "h")
E("Packhouse worker (Romanian) says agency charges £5 a week for transport which she chooses to use; there is a free bus too. Wages correct. No concerns.",
  "", "", "", "l")
E("Meat plant whistleblower: 'The Slovak guys are in a house owned by the supervisor, he takes £150 a week off each of them, there's 14 in the house, they sleep in shifts. If they complain he puts them on no hours.'",
  "AC IT", "oc", "L", "m")
E("Factory manager reports a worker with bruises; the worker says he fell off his bike at the weekend. Lives with his wife, has own bank account. No concerns after welfare check.",
  "", "", "", "l")

# ---------------- texts 251-300 ----------------
E("""First-person account (translated from Tigrinya): 'In Libya they sold me to another man. When I came to England the same people found me at the hotel. They said my family must pay $3,000 more or I work for them. They make me carry packets in Leeds for a man called Solo. I sleep at his friend's house on the floor. They took my ARC card. I cannot go out without Solo's friend. Solo says if I go to police he will call Libya and they will hurt my sister who is still there.'

Before this he was in the contingency hotel in Leeds for two months. Hotel staff noticed him being picked up late at night by a grey Prius and brought back at dawn. He has a solicitor for his asylum claim and asked whether anyone can help his sister in Libya.""",
  "DB RD RM IT AC", "et dt rm cedl", "C", "h")
E("Asylum seeker (Eritrean, 25) in contingency hotel complains about the food and that he can't work. He has his ARC card, no one has approached him. Referred to Migrant Help for support.",
  "", "", "", "l")
E("Border Force, Dover: HGV search, 7 Vietnamese adults and 2 teenagers found in trailer. One teenager says the men who put him in the lorry told him he will 'work in a house with plants' to pay for the trip. He has a number to call on arrival.",
  "AV DB", "", "C", "h")
E("Border Force, Heathrow: passenger (Albanian M, 22) with a one-way ticket says his uncle arranged 'work on a farm' and will pay him later; uncle holds his return money. Refused entry for no valid visa; not consistent with trafficking indicators beyond vague job.",
  "", "", "", "l")
E("School referral: Y10 boy (15) found with £600 and two phones in his bag. Says an older lad makes him 'hold stuff' and take trains to Bournemouth at weekends; he is scared because the older lad 'stabbed someone'. Parent unaware.",
  "AV IT", "", "C", "h")
E("Intel: adult male (Jamaican, 45) with significant debts from gambling being forced by POI REID to transport cash and drugs between Croydon and Hastings every day; REID took his passport and said he'd report him to immigration if he refused. 2/B/P",
  "AV RD IT", "dt foa", "C", "h")
E("Drug supply: two men (British, 20s) arrested in Hastings with crack and heroin, admitted running their own line. No indicators of exploitation.",
  "", "", "", "l")
E("""Victim account (British, F, 31, recovering addict): After my mum died I was homeless and a couple said I could stay with them. They started me on heroin again. Then they said I had to pay for the room, so they made me stand outside shops and beg, and then take stuff from Boots. I wasn't allowed my own money. He used to hit me with whatever was near. I didn't have a phone. I was there two years.

I got out when he got arrested for something else and the police found me in the house. I've been in rehab since March. My sister says he's been asking round the estate where I am.""",
  "AV WW PV IS", "ncw", "C", "h")
E("Outreach note: woman (British, 31) begs near the bus station, says she lives with her boyfriend, they beg separately and pool money for food and drugs; he doesn't force her, she says. Referred to drug service.",
  "", "", "", "l")
E("Salvation Army first responder: potential victim (Albanian M, 26) says he came to the UK after being told he would work on building sites for £100 a day. He was taken to a cannabis grow in Leicester instead; the men said he must work for 6 months to pay for the lorry. He was allowed to go to the corner shop once a week with one of them.",
  "DE DB RM", "et rm", "C", "h")
E("Car wash intel 3/C/P: Sparkle Hand Car Wash, Hendon Way. Source: customer. Workers (Afghan, est 16–20) sleep in shipping container at rear; boss collects them every morning from container; one worker told source he hasn't been paid for 'three months, boss says later'.",
  "WW AC AV", "saw plc", "L", "h")
E("Car wash licensing (council scheme): business has new drainage, proper PPE, payroll through accountant, workers on contracts. Awarded 'Responsible Car Wash' status.",
  "", "", "", "l")
E("Warehouse agency worker (Indian, student visa) says he worked 50 hours a week in breach of his 20-hr limit because he wanted the money; no one forced him, paid correctly. Visa compliance issue.",
  "", "", "", "l")
E("""Care worker (Nigerian, sponsored) says her employer threatened to report her to the Home Office and cancel her visa if she joins a union or takes sick leave. She works 70-hour weeks. She lives in housing the employer provides, 4 to a room.

She said other carers recruited by the same agent in Lagos paid £6,000 'placement fees' before they travelled and are still paying it back out of their wages, £400 a month, to the home's owner. She has not told her manager she contacted us. Her certificate of sponsorship appears genuine.""",
  "IT EO AC DB", "lh oc foa uf", "L", "h")
E("Nurse (Kenyan) recruited by NHS trust, relocation paid, no fees, rents own flat. Complained about workload on a busy ward. Normal HR matter.",
  "", "", "", "l")
E("Domestic servitude (Adult Social Care): woman, 63, from Bangladesh, lives with her son's family in Tower Hamlets. Daughter-in-law makes her do all housework and childcare, she is not given food until the family has eaten, she sleeps in the hallway, and her pension is taken by the son. She said she has 'no one else in this country'.",
  "AV AC", "saw plc ncw", "D", "m")
E("Debrief (Vietnamese F, 23): 'A lady in my village said I can go to England to work in nails, only pay $5,000 first and later pay the rest from salary. In London they put me in a family house to cook and wash for them and their shop staff. The lady of the house keep my passport. I work from 6 in morning until 12 at night. I get no salary because they say it pays my debt. I am not allowed to go out, only with the grandmother to market.'",
  "DE DB RD EO WW RM", "uf dt lh et rm", "D", "h")
E("Children's Services: private fostering not notified – girl (16, Nigerian) living with a 'family friend' in Croydon since age 12; not enrolled in school; does cooking, cleaning and looks after 4 younger children; has no documents of her own – host says they are 'with the lawyer'.",
  "AV RD", "dt", "D", "h")
E("Live-in carer (Filipino) for elderly man in Surrey via a care agency. Son of the client shouts at her, she is on call at night as well as all day, 7 days a week, and the agency deducts £150 a week for 'accommodation' from her £400. The agency has her passport 'for the Home Office checks'.",
  "EO RD", "lh dt", "L", "m")
E("Cannabis gardener (Vietnamese M, 18): he says the man with the keys came every 3 days with rice and checked the plants; he had no phone; he says 'I am not allowed to open the door, if the plants die I pay'. Arrested at scene, now in NRM.",
  "RM IS DB", "", "C", "h")
E("INT: Cannabis grow above a takeaway in Wigan. Young Vietnamese male seen at window by neighbours, never goes out; takeaway owner takes food up at night. Boarded windows. 2/C/P",
  "RM", "rm", "C", "m")
E("""Witness (neighbour, Sheffield): 'There's a lad in the house at the back, I've seen him in the garden maybe twice in a year, always at night, and a bloke stands with him. The windows are covered in foil and it stinks of weed. The bloke comes every other day with carrier bags. Once I heard the lad shouting "let me out" in English.'""",
  "RM", "rm et", "C", "i")
E("Shoplifting: store detective at Boots Kensington detained a Romanian woman (est 25) who said through Google Translate that a man outside 'keeps my papers and my baby's papers' and she must bring him 5 bottles of perfume a day. Male made off in a black Golf.",
  "RD", "dt", "C", "m")
E("""INT 2/B/P: POI DIACONU controls 5 Romanian women shoplifting at Westfield. Women brought on promise of cleaning jobs. Women live in DIACONU's flat; they are allowed out only to steal, always with his girlfriend driving. Takings kept by DIACONU; women given cigarettes and food. One woman had broken fingers.

DIACONU (DOB 02/02/87) also runs a car valeting business in Wembley; there is no intelligence to suggest the workers there are exploited. The women's ID cards have not been seen by the source, who believes the women still hold them.""",
  "DE RM WW PV", "rm et ncw", "C", "h")
E("Caseworker (New Pathways): Client, Welsh M, 45, learning disability. He says his 'mates' from the pub took him to the bank and made him open three accounts, then took the cards. Money went in and out. Now the bank has frozen them and he's had a letter from police. He says they told him he'd be beaten if he said anything. His benefits were also going into one of the accounts; they gave him £10 a day.",
  "AV IT", "mbc ncw", "C", "m")
E("Money mule (school referral): Y12 student (17) told teacher a man from Snapchat who gave him £200 to use his account now says he has to keep doing it or the man will 'tell the police it was all you' and come to his house. He is scared to go home.",
  "AV IT", "foa", "C", "h")
E("ID fraud / labour: HMRC – 35 NI numbers used to work at a distribution centre via agency, payments into 6 bank accounts all controlled by one man. Actual workers (Romanian) say they never see payslips and get £200 a week cash from 'the boss'; real wage bill is £450 each.",
  "WW", "ncw mbc", "L C", "m")
E("""Benefit fraud & servitude – long INT (2/B/C: not to be disclosed to DWP before arrest).
Source reports that POI SANDU (M, 38) and POI SANDU Elena (F, 35) of 7 Oak Close, Northampton, have brought at least 4 Romanian adults with physical disabilities to the UK in the last year. The adults were told they would receive medical treatment on the NHS. SANDU registered them for PIP and UC, using their passports which he holds. The benefits are paid into accounts he controls. The disabled adults live in a converted garage with one heater and are taken out each day to beg at the town centre. SANDU Elena was heard telling one of them that they 'will die in the street' if they leave. Neighbours also report a dog kept in poor conditions at the address (RSPCA informed).""",
  "AV DE RD AC IT", "dt ncw plc et", "C", "h")
E("Sham marriage / sexual: Romanian woman (21) disclosed to a nurse that she was married to a Pakistani man in Leicester for money she never saw; the organiser keeps her ID; the 'husband' forces her to sleep with him and she is not allowed out without his sister.",
  "RD WW PV RM", "dt rm et", "C S", "h")
E("Sham marriage: registrar notes bride (Portuguese, 19) was brought to the register office by a man who paid the fees in cash, kept her ID card afterward and spoke for her; bride seemed not to know the groom. Suspected sham; reported to Home Office.",
  "RD", "dt sfw", "C", "m")
E("Car-key burglary: INT – 2 Albanian males (est 20) living in a flat in Wolverhampton, brought over by POI HOXHA who says they owe £15,000 each. They steal keys at night to order; HOXHA takes the cars and pays them nothing. HOXHA showed them a video of a man being beaten in Tirana 'for not paying'. 2/B/P",
  "DB WW IT", "", "C", "h")
E("Relay theft of Lexus in Barnet, two British adults charged. No exploitation.",
  "", "", "", "l")
E("""Victim account (British M, 19, care leaver): 'They said I could live in the flat free. Then they said I owed them for the rent and the weed I'd been smoking, £1,500. I had to go in people's houses at night and get car keys off the hook. If I didn't they'd beat me. One night they held my head in the bath. They took my phone so my social worker couldn't get hold of me.'

(Social worker note: his personal adviser could not reach him for four months; his phone was off. He was found by police in a stolen car in Sutton Coldfield with a screwdriver and a fishing rod. He has mild learning difficulties and ADHD.)""",
  "AV DB PV IS IT", "", "C", "h")
E("Nail bar, Kent: intel 2/C/P – owner collects Vietnamese staff from a house at 8am and drives them back at 10pm; staff pay £50 a week for the lift; never seen alone; one girl appears to be 15.",
  "AV", "cedl et ct", "L", "h")
E("GLAA inspection — hand car wash, Stoke. 5 workers present (Romanian x3, Iraqi Kurdish x2). Worker 1 states he was charged £300 by 'the man in Bucharest' for the job. Workers 1–3 say the manager keeps their ID cards 'so we don't go to another car wash'. All state £40/day cash for 10–11 hour days, 7 days. They sleep in the back office on mattresses. No gloves; £10 charged for boots. Workers 4–5 have their own documents and live elsewhere.",
  "RD EO AC", "uf dt lh saw ppe", "L", "h")
E("Fishing: Ghanaian deckhand on a scallop boat in Newlyn had his passport taken by the skipper, works 18-hour days, told he'll be sent home without pay if he complains; he has been paid £300 in four months.",
  "RD EO IT WW", "dt lh", "L", "h")
E("Food factory intel 3/C/P: supervisor allegedly 'sells' shifts to new Polish workers, charging £100 for a week of work; workers who refuse get no shifts. Workers housed by supervisor 6 to a room.",
  "AC", "uf oc", "L", "m")
E("Construction: Brazilian labourer told Unite rep he has not been paid for 9 weeks, the subcontractor says 'next week' every week; he is living in a container on site with 3 others; the subcontractor has his passport.",
  "WW AC RD", "saw dt", "L", "h")
E("Intel – pop-up brothel, Newcastle: adverts show 'Romanian girls new in town', phone number linked to POI ZAHARIA who books Airbnbs under different names; women seen being brought to and from the flat in a car by ZAHARIA; women are not seen outside otherwise. 2/B/P",
  "RM", "et rm", "S", "h")
E("Public report: a girl in the flat next to mine keeps knocking on my door asking to use my phone, she says her 'boyfriend' takes hers and locks her in, men come all night. She has bruises on her arms. She's Hungarian, maybe 18.",
  "IS RM PV", "pa", "S", "i")
E("Victim debrief (Albanian F, 19, via interpreter): She says the man she thought was her boyfriend brought her to England on a lorry. In a flat in Birmingham he told her she owed £10,000 for the trip and had to work with men. She says he took everything the men paid. He threatened to kill her mother if she ran away. He hit her when she refused a client. She was moved to Leeds and then Manchester. She never knew the addresses.",
  "DE DB WW IT PV IS", "ncw", "S", "h")
E("Webcam: Filipino woman (22) told NGO a 'manager' in the UK pays her £50 a month to do webcam shows for UK men from a house in Manila, 12 hours a night; he keeps all the fees; she says she can't stop because he has her ID.",
  "WW EO RD", "lh dt ncw", "S", "h")
E("""Organ: Ugandan man (28) told Refugee Council he was brought to the UK by a church pastor who arranged 'medical tests' and said he must give a kidney to a congregation member to pay for his visa; the pastor keeps his passport and has warned him the Home Office will deport him if he refuses.

He first approached a drop-in at a church in Walthamstow. He had a folder of hospital letters in his own name. He says he has a cousin in Leeds he could stay with. He asked whether the doctors would tell the pastor what he had said to them.""",
  "DE RD DB IT AV", "dt foa", "O", "h")
E("Organ: intel – Romanian homeless men in London approached outside a soup kitchen by a man offering £4,000 cash to travel to Moldova for a 'small operation'. Two men who went have not been seen since. 3/C/P",
  "AV DE", "", "O", "m")
E("Forced begging: public report – man with no arms knelt outside Poundland every day, someone in a blue car films him from across the road all day then takes his bowl at 5. he looked terrified when i said hello",
  "AV WW", "ncw et", "C", "m")
E("Prison intel (HMP Doncaster): Prisoner (Polish, 44, serving for shoplifting) says he was brought over by a man who put him and others in a house in Scunthorpe, took their documents and made them steal every day; he says 'the prison is better, here I eat'. He fears the man's brother who is on the same wing.",
  "RD", "dt foa", "C", "m")
E("INT 2/B/P: Slovak woman (30s) living in a caravan on POI KOVAC's land in Essex with 3 men. KOVAC drives them to a vegetable farm daily. He gets their wages from the farm; they receive £20 a week each. Caravan has no electricity.",
  "WW AC", "et ncw plc", "L", "m")
E("Bank (branch staff): Romanian man came in with someone who claimed to be a relative and did all the talking; the man did not know his own address and asked, in Romanian, 'is this my account?' The companion asked to change the contact number and take the card.",
  "IS", "sfw ncw", "C", "m")
E("Missing person (adult, Vietnamese, 24) from a safe house. Intel suggests he was collected by the same group who held him in a grow in Bolton – they messaged him that his debt 'is still open' and his family will pay. 2/C/P",
  "DB IT", "", "C", "m")
E("""Officer handover (nights → earlies): Attended report of a man sleeping in the bin store at the back of a Chinese restaurant in Cheetham Hill. Male (Chinese, 50s) says he washes dishes there 11am–1am, six days, the owner gives him £100 a week and a bed in the store room. He has no coat and no bag. Owner says he is 'family'. Male too scared to say more, kept looking at the owner. Referred to MSHT team for follow-up with Mandarin interpreter.

The restaurant also employs four waiting staff (students, Chinese and Malaysian) who work evenings, are on the payroll and live in their own accommodation; they were not spoken to further. The owner produced an employers' liability certificate.""",
  "EO AC", "saw lh plc fpe foa sfw", "L", "m")
