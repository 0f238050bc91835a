#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline's indicator detector (set fresh12).

Every text below is written individually; labels are given per text in a compact form:
"indicators | signs | types" using the short aliases mapped below. Risk is given per text
where it is 'immediate' or a child-at-risk 'high'; otherwise it follows the labelling rule
(high: violence, sexual type, threats+restriction, 3+ indicators; medium: any label; low: none).
"""
import json, os

IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement",
           iso="isolation", psv="physical_sexual_violence", thr="intimidation_threats",
           doc="retention_of_documents", ww="withholding_wages", debt="debt_bondage",
           ac="abusive_conditions", ot="excessive_overtime")
SIG = dict(pa="physical_appearance", isd="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("doc", "dt"), ("rom", "rm"), ("ot", "lh"), ("iso", "isd")]

T = []

def A(text, lab, risk=None):
    parts = [p.split() for p in lab.split("|")]
    while len(parts) < 3:
        parts.append([])
    ind, sig, typ = (set(p) for p in parts)
    for i, s in PAIRS:
        if i in ind or s in sig:
            ind.add(i); sig.add(s)
    T.append(dict(text=" ".join(text.split()) if "\n" not in text.strip() else text.strip(),
                  ind=sorted(IND[x] for x in ind), sig=sorted(SIG[x] for x in sig),
                  typ=sorted(TYP[x] for x in typ), risk=risk))

# ---------------------------------------------------------------- part 1
A("""INT: POI Bogdan MARINESCU (DOB 14/03/1987) runs hand car wash at former petrol station, Ladypool Rd. Approx 6 male Romanian workers. Workers state MARINESCU "looks after" their wages and sends money to families in Romania. Workers receive £20 p/w for cigarettes. Grading 2/B/P.""",
  "ww | ncw | L")
A("""Car wash on the ring road - 4 lads, always the same ones, there at 7 when I drive past and still there at 9 at night. One had no proper shoes on just sliders in the wet. Never seen them leave, a van brings them.""",
  "ot | pa cedl et | L")
A("""Attended Sparkle Hand Car Wash re licensing check with HMRC. 5 staff on site, all with own ID, payslips shown for minimum wage via BACS to their own accounts, rota posted on wall, staff say they live with family in the area. No concerns identified. Advice given re drainage.""",
  "")
A("""She says that the lady in Lagos told her she would be a nanny for a family in Croydon and go to college in the evenings. There was no college. She cooked, cleaned and looked after three children and the grandmother. She slept on a mat in the children's room. The madam said her salary was being kept for her so she would have something when she goes home. In four years she received nothing.""",
  "dec ww ac | saw | D")
A("""101 call: caller's daughter (19) started at a nail bar in town last month, paid £6.50/hr cash which caller thinks is illegal. Daughter goes home each night, has her own bank card and is looking for another job. Caller wants to report employer to HMRC. Advised re ACAS / HMRC NMW complaint line.""",
  "")
A("""my boss said i owe him for the flight and the room and the food, every week it gets more not less. he writes it in a book. i work every day in the kitchen and still i owe him £4000, before i owed £3000""",
  "debt | | L")
A("""Nom: TRAN Van Hieu. Found in loft of residential address during warrant, cannabis grow over 3 floors. Windows boarded, front door padlocked from outside, IP states food was passed through once a week. Age disputed, says 16. Mattress next to plants, strong smell of chemicals, wiring hazardous.""",
  "rom av ac | saw plc | C", "immediate")
A("""Safeguarding referral (school): Year 10 pupil, K., 15, has been missing for 2-3 days at a time on three occasions this term. Returns with new trainers and two phones. Mum found train tickets to Norwich. K. told a friend he "has to go back or he'll get done in" because he "lost" a package.""",
  "av thr | | C", "high")
A("""Jak przyjechałem (when I arrived) the agent met us at Luton and took our passports to "register us with the tax office". We never got them back. We live 9 men in a 3 bedroom house, we pay £70 each for this. Every week the money comes on the card but the card is with Marek. He gives us £50.""",
  "doc ww ac | oa ncw | L")
A("""Neighbour reports 8-10 men coming and going from no. 14 in a white minibus very early. Officers attended: address is a licensed HMO, landlord present with licence and tenancy agreements, residents work for a recognised agency at the distribution centre and use the agency's shuttle bus. Rooms adequate, fire doors fitted. NFA.""",
  "")
A("""GLAA: labour provider operating without a licence supplying pickers to a salad grower in Lincs. Workers spoken to are paid via payroll at NMW, hold their own documents, live in their own rented accommodation. Breach of licensing only. No indicators of exploitation. Referred for enforcement.""",
  "")
A("""Thay worked me in the restaurant 7 day a week, start 10 in the morning close 1 at night. no day off for a year. when i say i am sick the boss say go upstair and sleep and come down in two hour""",
  "ot | saw | L")
A("""Midwife note: booking appt for 24yo Albanian female, c. 20/40. Accompanied by a man who said he was her "cousin" and answered all questions for her. When seen alone briefly she said she "sees men in the flat" for him and is not allowed out without him. Bruising to upper arms. Her phone was in his pocket.""",
  "rom iso | sfw pa | S", "high")
A("""I was promised work in a hotel in London, cleaning rooms, £1,500 a month. The man who brought me said London is expensive so first we go to a house in Leeds. In the house there were other girls and men came every night. He said I must pay back the ticket and the house before I can go to the hotel.""",
  "dec debt | | S")
A("""Pop-up in Airbnb flat above chemist, 3 different females over fortnight per adverts on AW site, same phone number across ads. Male drops them with suitcases and collects. Females appear not to speak English. Intel 2/C/P.""",
  "| et | S")
A("""Caseworker note: M. (Eritrean, 31) reports he was kept in a warehouse in Libya and told that his kidney would be taken if his family did not pay. A man in his group had an operation and came back with a long scar and was sent on without payment. M. paid through his brother and does not know what happened to the other man.""",
  "thr rom | | O")
A("""Transplant clinic letter: Mr S. Hussain, 52, received a living-donor kidney from his brother at the Queen Elizabeth on 03/02. Donor assessment completed by HTA-accredited assessor, independent interview confirms no payment or pressure. Both recovering well.""",
  "")
A("""He doesnt let her go anywhere. Her husbands family make her do all cooking, cleaning for 9 people, she is up 5am till midnight, they took her passport when she came from Pakistan and say if she complains they will send her back and she will never see the baby""",
  "rom ot doc thr av | | D", "high")
A("""Local authority adult safeguarding: Mr D., 44, learning disability, known to services. Neighbours concerned he has been "taken in" by a family who moved into his flat. He now does labouring with them from 6am, looks thin, says his money "goes to Tony". His bank card was found in Tony's wallet on arrest for unrelated matter. Flat described as filthy, D. sleeping on the sofa.""",
  "av ww ac | pa ncw plc | L")
A("""Worker at meat processing plant said job was much harder than he thought, cold and heavy and the line is fast. He is paid weekly into his own account, contracted 39 hrs with paid overtime, has his passport and lives with his partner. He is thinking of moving to a warehouse job.""",
  "")
A("""Open source: local paper reports two men sentenced for controlling Polish men recruited from a homeless shelter in Gdansk, promised building work and a room. On arrival they were housed in a garden shed without heating and their bank cards were held by the defendants, who drew £1,200 a week from ATMs in the town.""",
  "dec av ac ww | ncw plc mbc | L")
A("""Shoplifting arrest: 3 Romanian females 14-17 stealing razors and baby milk in bulk at Boots. All give same address. Older female waiting outside in car, seen counting cash, makes them hand over bags. Girls say "she is our aunty". Children's services notified.""",
  "av | | C", "high")
A("""Visa query: Student (Indian, 22) contacted the uni international office in tears as her passport was stolen on a night out. Police crime ref provided, replacement arranged via High Commission. She works 20 hrs in a café within her visa limit. No further concerns.""",
  "")
A("""INT: Vehicle VRM LK19 XDF seen dropping 6-8 females at Nail Bar "Glam Tips" 08:00 and collecting 21:30 daily. Females not seen leaving for lunch. Premises owner LE Thi Mai. Females believed to live above shop on 2nd floor. 2/C/P""",
  "ot | cedl et saw | L")
A("""He takes all the money from the bank, i only keep what he says. i asked to go home to see my mother and he says i can go when i finish paying, but he does not say how much""",
  "ww debt | ncw | ")
A("""Call handler summary 999: male caller, broken English, says he is in a container behind a farm near Spalding with 4 others, "boss lock door, no water since morning". Caller gave partial location via what3words. Units dispatched. Caller stated one man is bleeding from the head after a fight with the gangmaster.""",
  "rom ac psv | pa plc | L", "immediate")
A("""I work at a big farm for the strawberries. The work is hard and hot and the caravan is small for four people, but clean with shower. We get paid every Friday to our bank, and on Sunday we go to town on the bus. I like the work, next year I come again.""",
  "")
A("""Probation note: Service user (20) disclosed he is being made to hold drugs for an older male he "owes". Says the debt started when he was robbed of £800 of product and "it just keeps going up, £100 a week on top". Has been told his little brother would "be next" if he stops.""",
  "debt thr | | C", "high")
A("""Ms R. is a Filipino domestic worker who came with her employer, a diplomat at an embassy in Kensington. She reports her passport is "kept in the safe for security". She works from 6am to after midnight, has no room of her own and sleeps in the laundry room. She is paid $100 a month into an account in Manila that her employer's wife opened and manages.""",
  "doc ot ww ac | saw ncw | D")
A("""Noticed girl about 14 getting into different cars outside the chicken shop on Station Road most nights late, always with an older lad who talks for her and gives her vodka. she looks scared. happened again tonight, black Audi now""",
  "av | sfw | S", "immediate")
A("""Victim account (via interpreter): He says that in Vietnam he borrowed 40,000 USD to come to England. The people in England told him he must work in the house with the plants to pay. He says he could not leave because they said his family would have to pay if he ran. He did not know the name of the town.""",
  "debt thr iso | | C")
A("""Cleaner at a hotel chain told her supervisor she feels lonely because her family is in Portugal. She lives in a shared flat with friends from work, calls her mum most nights and goes to church on Sunday. Supervisor referred her to the EAP for wellbeing support.""",
  "")
A("""Police handover: Cuckooing, Flat 7 Orchard House. Occupant MARSH, Dean, 58, alcohol dependent. Since Feb two males from London in the flat, dealing from it. MARSH says they give him cans and he sleeps in the bedroom while they use the lounge. Says he "can't say no to them" and one held a knife to his neck when he asked them to go.""",
  "av thr psv | | C", "high")
A("""The agency took £300 from each of us in Bucharest for the job and the bus. When we come there was no job for two weeks, and we still pay the house. Then the job was in a factory not the one they said. The money for the house is taken from wage so we get maybe £40 a week.""",
  "dec ww | uf | L")
A("""Report from member of public: customer at a takeaway said the lad at the counter looks about 15, works every night til 2am, lives upstairs. owner shouts at him in another language. not sure if its family? worried he doesnt go to school""",
  "av ot | saw | L", "high")
A("""Review of NRM referral: Adult male, Sudanese. Picked up by a van outside the mosque each morning to work on a building site. Paid cash daily £60 by the foreman, lives in his own shared room, can refuse work. Claims asylum. Competent authority: insufficient indicators of forced labour; illegal working only.""",
  "")
A("""A&E: 30yo female presented with a burn to forearm from a deep fat fryer. States works at family takeaway, accident at work. Has her own GP, is a co-owner of the business with husband, speaks good English. Safeguarding questions asked alone: no concerns.""",
  "")
A("""Salvation Army: Client P. (Slovak Roma, 38) reports she was brought by a family friend on the promise of packing work. Instead she was registered for Universal Credit at the address and the friend kept her bank card and letters. She was made to beg outside Tesco and hand over takings at night. Has mild learning difficulty. Now in safe house.""",
  "dec av | ncw | C")
A("""Intelligence: 3 males believed Albanian living in flat above car wash on Mill Lane, no kitchen, sleep on mattresses in what used to be the office. One stated he is "paying off Gezim" for getting him into the UK by lorry. Owner GJONI, Gezim. 2/B/C – not to be disseminated to Immigration without OIC authority.""",
  "debt ac | saw plc | L")
A("""I'm reporting my neighbour's au pair. She's lovely, from Spain, 22, she sometimes looks tired because the kids are wild but she has her evenings off, goes to English class and to the pub with friends. Actually not reporting anything, just wanted advice about what hours are normal for an au pair?""",
  "")
A("""Debrief: Lina (Lithuanian) says the boyfriend she met online invited her to England. After a month he said they had no money and she must "be nice" to his friends. When she refused he hit her and locked her in the bathroom. Men paid him, she never saw any money. He kept her phone and she did not know anyone in England.""",
  "dec psv rom ww iso | | S", "high")
A("""Construction site inspection: 12 workers, CSCS cards checked, agency payslips seen. Two workers found with no PPE and said they had been told to buy their own boots and hi-vis from the gaffer at £60, taken from first wage. Otherwise paid via agency at correct rate. Advice given to principal contractor.""",
  "| ppe")
A("""Bank alert: 14 debit cards in different names, all registered to 22 Brick Lane, used consecutively at the same ATM by one male between 02:10 and 02:25. Cardholders' wage credits from a food packing agency. Pattern consistent with control of workers' wages.""",
  "ww | mbc ncw | L")
A("""Ive been working for this man for 2 years at the yard doing tarmac and he gives me a roof and food and a bit of money for tobacco, i used to be on the streets in Wigan. he gets angry if i talk to people at the jobs, says they'l have me back on the streets""",
  "av ww thr iso | | L")
A("""Lorry stopped at Dover: 7 persons found concealed in trailer, all male, Eritrean and Sudanese. All state they paid smugglers in Calais to cross and intend to claim asylum. No evidence of onward exploitation arrangements. Referred to Home Office intake.""",
  "")
A("""Care home staff nurse raised concern: new carers from Zimbabwe sponsored by the home say they each paid £8,000 to a "consultant" for the certificate of sponsorship, are doing 70+ hour weeks, and were told the sponsor will report them to the Home Office and they'll be deported if they leave before they repay a "training fee" of £4,000.""",
  "ot thr debt av | uf foa | L")
A("""shes not allowed out the house unless the wife takes her. shes like a servant they dont even let her eat with them. about 50 and she doesn't speak any english. they got her from india i think""",
  "rom av | | D")
A("""Community liaison: A mosque elder reports a young man from Bangladesh who works in a restaurant kitchen in the town. The young man told him he has not been paid since he arrived nine months ago; the owner says he is "saving" it and will give it when his visa is sorted. He sleeps above the restaurant with four others.""",
  "ww | saw | L")
A("""Tenant complaint: flat damp and mould, landlord won't fix the boiler, three adults and two children in a 2-bed. Family all work, children at school. Passed to environmental health. Not a modern slavery matter.""",
  "")
A("""Officer note: spoke with the 2 lads at the car wash (Kurdish Iraqi). Both live with their uncle in town, have phones, one showed me his BRP. Paid day rate £70 cash. Hours long in summer, 9-6. They can leave when they want. No MS indicators but cash-in-hand reported to HMRC.""",
  "")
A("""She says she was told the job was in a bakery. When she arrived in Birmingham a woman took her to a house and said the bakery was closed. She had to clean the woman's house and the houses of the woman's sisters. She was given leftovers to eat and slept in the kitchen. She was not paid because the woman said the ticket was not yet paid off.""",
  "dec ac debt ww | saw | D")
A("""INT: County line "Dexter" operating from Leyton to Ipswich. Runners believed 14-16 yrs, recruited via Snapchat, given phones and trains. One runner (nom WHITE, 15) assaulted with a hammer by line holder after losing phone. 2/B/P""",
  "av psv | | C", "high")
A("""Got told by my mate that the fellas at the recycling place get paid in cans and a bed in the portacabin, the boss picks them up from the soup kitchen. they look rough, one has a limp. thought somebody should know""",
  "av ww ac | saw pa | L")
A("""GP note: Patient, 29, Polish, factory worker, attends with back strain after lifting. Works via agency, 5 days a week 8hrs. Own accommodation with girlfriend. Fit note issued for 1 week. No social concerns.""",
  "")
A("""Interview summary: Father of victim (Chinese national, 26) says his son called him from a "restaurant" in Manchester and whispered that the boss has taken his passport and phone, he is only allowed to call on Sunday for five minutes with the boss listening. Son said he sleeps in the storage room.""",
  "doc iso | saw | L")
A("""Pay is rubbish at the packhouse, £10.42 an hour and they dock you for being 2 minutes late, but its in my account every Friday and I can quit whenever. Just moaning really.""",
  "")
A("""The money? It went to Sorin. He said it is safer with him because in the house people steal. When I wanted some for my daughter's medicine he gave me £30 and said be grateful.""",
  "ww | ncw | ")
A("""Asked how much she earns at the nail bar, she laughed and said "earn? I am learning the trade, when I am good then maybe." She has been there 14 months, 6 days a week.""",
  "ww | | L")
A("""He told us salary would be 2,000 euro. First month we got 300 pounds, he said tax, insurance, house, van. Second month 250. Nobody could explain the numbers.""",
  "dec ww | | L")
A("""Rang ACAS helpline (summary): Caller is a kitchen porter, says his last wage was a week late and short by £90. Employer apologised and said it would be corrected next payday. Caller has his own account and tenancy. Advised on wage slips and Early Conciliation.""",
  "")
A("""Intel: Workers at Greenfield Salad packing are paid into Monzo accounts opened at induction by the gangmaster POPESCU, who keeps the phones with the apps on. Workers ask him for "advances" from their own pay. 2/B/P""",
  "ww | ncw | L")
A("""She says she was looking after the old man day and night, he needed help to the toilet at 3 in the morning. The son said her wages would come at the end, when the visa papers are finished. The old man died in March, the son said there was no money and she should leave.""",
  "ww ot | | D")
A("""Debrief (Vietnamese male, 19): "They said nails work, clean, in a shop. Then I am in the house with the lights, watering. I never saw a shop." """,
  "dec | | C")
A("""Woman came to the food bank, says she was brought to the UK to marry a British man who she met online. She says it was a proper marriage and she's happy, the problem is only the visa fee. Husband came along and was supportive. No concerns.""",
  "")
A("""When I came they said the room is free, part of the job. After one month the room was £80 a week, the van £10 a day, the gloves and boots also. At the end of the week there is nothing left, sometimes I owe.""",
  "dec ww debt | ct ppe | L")
A("""101 online: Theres a man at the car wash by Aldi who looks like he's been sleeping in the little hut where they keep the jet washers. Saw him at 6am brushing his teeth at the outside tap. Just seems wrong.""",
  "ac | saw plc | L")
A("""Hostel note: Resident A. (Polish, 46) has a curfew of 11pm as per the hostel licence conditions, which apply to all residents. He comes and goes during the day, works at a warehouse via an agency and keeps his own wages. Missed curfew twice, warning issued per policy.""",
  "")
A("""Report: Young woman (early 20s, Romanian) at the massage parlour on the high street sleeps in the back room on the massage table. Customers are seen at all hours, the shutters stay half down. A man in a Mercedes collects cash each evening.""",
  "ac | saw | S")
A("""The rooms at the back of the takeaway are small and the four of us share two bedrooms, but it is clean and we have a kitchen. Mr Ahmed pays us through the payroll and we get a day off every week. My brother lives nearby and I visit him.""",
  "")
A("""INT: 8 males of Indian origin believed living in a single garage at rear of 41 Kenilworth Rd, no toilet, use a bucket, cooking on a camping stove. Taken each morning to a textiles unit on the industrial estate. Source states they "owe the owner for the visas". 2/C/P""",
  "ac debt | oa plc et | L")
A("""I sleep in the kitchen of the shop on cardboard because there is no room upstairs. There are rats. The boss says this is how everyone starts.""",
  "ac | saw plc | L")
A("""Housing officer visit: Family of 6 from Syria in a 3-bed council house, a bit tight but warm and well maintained. Parents looking for work, children in school, linked with refugee support. No safeguarding concerns.""",
  "")
A("""On the boat we slept in a place under the deck, no window, smelled of diesel and fish. The skipper gave us rice and the fish we could not sell. When there was a storm we still had to work, one man lost two fingers and the skipper did not take him to hospital for four days.""",
  "ac | plc | L")
A("""Fishing crew welfare visit (Seafarers' Mission): Filipino crew on trawler, contracts seen, wages paid monthly to own accounts, shore leave given, cabins basic but with heating and bedding. Crew had complaints about internet access only.""",
  "")
A("""A&E: 24yo male, Eritrean, presented with chemical burns to both hands from cleaning agents at a car wash. No gloves provided. Says he works 7 days, 8am-8pm, lives in a caravan behind the wash with 5 others. Left before treatment complete when a man arrived to collect him.""",
  "ac ot | pa oa et | L")
A("""The factory is hot and noisy and the shifts are long in Christmas time, 10 hours, but it's overtime and they pay time and a half. I volunteered for it. I have Sundays off.""",
  "")
A("""Social worker: Child A (13) reported by school to be sleeping in a caravan at the yard of family friends who run a scrap business. Seen sorting metal after school and at weekends in the rain. Thin, dirty clothes, no coat. Says "uncle" gives him chips.""",
  "av ac ww | pa plc | L", "high")
A("""The man said the flat was for us, but we were 12 girls in two rooms and only one bathroom. We slept on the floor in turns because there were not enough mattresses.""",
  "ac | oa | ")
A("""He didn't have friends there, no one. Only the other workers and they were from a different country so they couldn't talk. The boss took his phone "so he wouldn't be distracted".""",
  "iso | | L")
A("""Student volunteer shadowing at our charity asked about a quiet Chinese girl who works in the café next door. I spoke with her: she's shy but studying at the college, lives with her aunt, video calls her parents and has a group of friends from her course. Nothing to refer.""",
  "")
A("""Domestic worker (Indonesian) told Kalayaan she was never allowed to use the phone. Letters from her family were opened by the employer and kept. She did not know the address of the house she lived in for two years, only that it was "near Harrods".""",
  "iso | | D")
A("""She is never let out. the kids go to school and the man goes to work and she is in there cleaning with the blinds down. she waved at me once from the window then the wife pulled her away""",
  "rom iso | | D")
A("""Police log: Welfare check at flat. Occupant Ms KOWALSKA states she lives alone by choice, works from home for a translation agency, has friends in the area and regular contact with family in Poland. Neighbour's concern that she "never goes out" unfounded. NFA.""",
  "")
A("""Intel: Males at Red Star car wash are not permitted to leave the site in their break. Gates chained at night. They live in a portacabin on site. Owner SHEHU, Arben, lives offsite. 2/B/P""",
  "rom ac | saw | L")
A("""They always walk us. To the shop, the laundry, even the doctor one time. Andrei stand in the room with the doctor and say "she has a cold" but I had pain in my stomach.""",
  "rom | et sfw | ")
A("""Interpreter notes: He says the boss told him that the police in England are corrupt and will sell him back to the people in Albania. So when police came to the car wash he hid in the van.""",
  "thr | foa | L")
A("""Man in the corner shop always seems scared to speak with customers, the older man always comes out and answers for him. Probably nothing but he never leaves the shop, even at night, I think he sleeps in the stock room""",
  "| sfw saw | L")
A("""From the referral: Mrs J., 67, early dementia. Her nephew moved in and now she cooks and cleans for him and his friends, who use her flat to store things. Her pension is paid into an account he controls. She is frightened of him.""",
  "av | ncw | C")
A("""Retailer audit of supplier: agency keeps photocopies of workers' passports in the office safe for right-to-work checks. Auditors confirmed with each worker individually that the originals are in their own possession. Payslips matched bank statements. No findings.""",
  "")
A("""I always keep my passport in my landlord's safe because our house was burgled last year. He gives it to me whenever I ask, I went to Spain in August.""",
  "")
A("""Debrief: "They said, you want to go home? Go. Your passport stays with us, you don't speak English, where will you go? The police will put you in prison." So I stayed.""",
  "doc av thr | foa | ")
A("""Safeguarding (college): Student, 17, from Albania, in foster care. Has started missing lessons, new expensive clothes, older men in a car waiting at the gates. Told her key worker that her "boyfriend" lets her stay at a flat where "friends visit" and she must be nice to them because he pays for everything.""",
  "av | | S", "high")
A("""Men working on the roof of the house opposite, no harnesses, no hats, up there from first light to dark for 3 weeks. one of them came knocking asking for water in bad english, said boss doesn't give them food till the evening and they sleep in the van.""",
  "ac ot | plc | L")
A("""GLAA inspection: Workers at flower farm housed in static caravans provided by labour provider. Caravans in good repair, 2 per caravan, gas certificates current. Rent £45/wk deducted transparently, below accommodation offset. Compliant.""",
  "")
A("""Victim (Nigerian female, 23): "Mama told me I would be a hairdresser in Italy and then in London. She took me to the native doctor who did juju and I swore that I would pay back 35,000 euro and never tell police, or I will go mad and die." """,
  "dec debt thr | | S")
A("""He's deaf and can't read much. They take him every day to the building jobs and he thinks he's getting paid into his savings, but when his sister checked there was nothing there. They just laugh at him when he asks.""",
  "av ww | | L")
A("""Occupational health: Employee, 34, with cerebral palsy, employed on the packing line with reasonable adjustments, a stool and extra breaks. Paid same rate as colleagues, has a union rep. Review of adjustments completed, all in order.""",
  "")
A("""Officer's note: At the brothel in Market St found 4 women, one said she owes "the lady" for the "work permit" and the flight and has to give her half of everything plus £100 a day for the room. Says the debt was 15,000 and now is 20,000 because of "penalties".""",
  "debt ww | | S")
A("""The house had no heating and a broken window covered with plastic. In winter we slept in our jackets. The landlord was the same man who drives us to the farm.""",
  "ac | plc et | L")
A("""Council licensing: HMO above shop, 6 persons in 3 rooms, no fire alarm, licence lapsed. Residents are students and a couple who work locally, all with tenancies directly with the landlord. Enforcement notice served on landlord.""",
  "")
A("""Her uncle arranged the marriage to a man in Bradford. When she arrived he and his mother took her gold and her passport. She has to do the housework for the whole family and is only allowed out to the doctor with her mother-in-law. She says she was tricked, he already had a wife in Pakistan.""",
  "doc rom dec | et | D")
A("""Bank (AML team): Customer, 71, reported her grandson opened 3 accounts in her name and uses them to move money from online scams. She has dementia and did not understand what she was signing.""",
  "av | | C")
A("""Was told it was a modelling job in Dubai with a big agency. The "agency" was a flat and a man with a camera, and after the photos he said I now owed him for the studio and the flights and must go with clients.""",
  "dec debt | | S")
A("""Case note: Client says the job at the bed factory was exactly as the Facebook ad described, 12-hour shifts, £11/hr, shared house £90 a week. She found it much harder than she expected and went home after two months. She is not alleging exploitation, only wants her last payslip.""",
  "")
A("""Intel 2/A/P: POI KUMAR, Raj operates several "students" at his chain of convenience stores. Students say they work 80 hours a week and are paid for 20 to stay within their visa; KUMAR keeps the rest "for the Home Office fine if they get caught".""",
  "ot ww av | | L")
A("""I never went out for three months. Not because of a lock. The door was open. But he told me the neighbours would call immigration if they saw me and I would go to detention.""",
  "thr av | foa | ")
A("""Romanian males seen begging at traffic lights on A34 mornings, all use crutches though one seen walking normally later. Picked up in silver Transit at 6pm, driver takes a bag from each. 3/C/P""",
  "| et | C")
# ---------------------------------------------------------------- END DATA

def risk_of(e):
    if e["risk"]:
        return e["risk"]
    ind = set(e["ind"])
    if ("physical_sexual_violence" in ind or "sexual" in e["typ"]
            or ("intimidation_threats" in ind and "restriction_of_movement" in ind)
            or len(ind) >= 3):
        return "high"
    if ind or e["typ"]:
        return "medium"
    return "low"


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh12.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, e in enumerate(T, 1):
            f.write(json.dumps({"id": "f12-%03d" % n, "text": e["text"], "indicators": e["ind"],
                                "signs": e["sig"], "exploitation": e["typ"], "risk": risk_of(e)},
                               ensure_ascii=False) + "\n")
    print(len(T), "texts ->", out)
