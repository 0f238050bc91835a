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
# ---------------------------------------------------------------- part 3
A("""Boss keeps our passports in the office safe, says it's so they don't get lost.""",
  "doc | | L")
A("""Lost my passport on the train, reported to BTP, need a crime ref for the embassy.""",
  "")
A("""Only allowed to the shop with Ion, never on our own.""",
  "rom | et | ")
A("""Never got my ID back after they set up the bank account for me.""",
  "doc | | ")
A("""he knows where my mum lives in Elbasan, he showed me a photo of her door""",
  "thr | | ")
A("""Owe £12,000 for the boat, paying £50 a week from the car wash.""",
  "debt | | L")
A("""Shown a video on his phone of what happened to the last girl who talked.""",
  "thr | | ")
A("""Lads at the wash sleep in the back on pallets, no toilet.""",
  "ac | saw plc | L")
A("""Young lad selling at the park, maybe 13, older guys in a car watching him.""",
  "av | | C", "high")
A("""I'm a Deliveroo rider, long days, low pay, but it's my own account and my own hours.""",
  "")
A("""Works in a nail bar in Hull, doesn't know the street name, never been to the centre.""",
  "iso | | L")
A("""Neighbour's kid plays the drums at 2am, can police do anything""",
  "")
A("""FAO MSHTU – Operation handover, night turn to early turn.

Warrant executed 04:50 at 3 Canal Cottages. Occupants: 4 males (3 Vietnamese, 1 Chinese), 1 female (Vietnamese, c. 30). Large grow in two outbuildings, approx 900 plants. Males located in a sealed room adjoining the grow; door bolted from the outside with a hasp and padlock, key found on the kitchen table of the main house where the female was sleeping.

All four males state they were brought by lorry and owe between £18k and £27k to "Anh Tuan" (not present). Told the debt goes down by £300 a week for watering and cutting. They do not know what county they are in. No phones, no passports at the scene. One male (LAM) has an infected wound on the shin and says he was beaten with a metal pole for falling asleep.

Female (NGUYEN Thi Hoa) claims to be a cleaner and says she did not know about the room. Arrested on suspicion of cultivation and MSA s2, pending interview. Males taken to reception centre, FRs contacted re NRM; LAM taken to A&E first. Age of youngest male (claims 17) to be assessed – LA children's services informed.""",
  "rom debt iso psv av | pa | C", "high")
A("""Safeguarding Adults Review extract: Mr T. had lived at the farm since 1998 in a horse box with no running water. He worked the land and the family's tarmac business in exchange for "keep". He had a significant learning disability, could not read, and was described by the family as "part of the family". Records show he had not seen a GP in 17 years. When found he weighed 48 kg and had untreated hernia. The family controlled his benefits. He told the reviewer he was "not allowed to go to the village" because "people would hurt him".""",
  "av ac ww iso rom | pa plc ncw | L")
A("""Sister's friend said she got a job through an agency in Birmingham, they paid her travel from Poland and it was deducted at £20 a week which she says was all in her contract. She's got her own room in a shared house and quit after six weeks because she found a better job. She wanted me to ask if the £20 deductions were legal.""",
  "")
A("""Open source: "Two brothers from Kent were jailed for keeping a vulnerable man as a 'slave' for almost a decade. The victim, who was homeless when they found him at a bus station, was made to work on their building jobs and lived in a garden shed infested with rats. He was paid nothing apart from occasional cigarettes. He was regularly punched and once had a dog set on him. He told the jury he did not run because 'they said they would find me'." """,
  "av ac ww psv thr | plc | L")
A("""Interview (via Tigrinya interpreter): She says she was told in Khartoum that a family in London needed help with a new baby and would pay for her to study nursing. On arrival the family said she must first work for them for two years without wages to repay the flight and visa. She slept on the floor of the nursery and was fed once a day after the family. She was not permitted to leave the house. When the husband came into the nursery at night and touched her she told the wife, who slapped her and said she was lying.""",
  "dec debt ww ac rom psv | saw | D")
A("""Retail crime report: Store detective at the Co-op notes a group of three teenage Roma girls (12-15) shoplifting daily. They are dropped at 9am by an adult male in a blue Passat and collected at 5pm. When stopped one girl cried and said "if I come back with nothing he will beat me".""",
  "av thr | cedl et | C", "high")
A("""Care agency compliance visit: carers sponsored from Kerala live in shared houses rented by the agency at £400 pcm each. Rotas show 45-50 hours per week with two days off, payslips match the rate on the CoS. Carers hold their passports and BRPs. Some told us they feel homesick and isolated from family in India; the agency has set up a WhatsApp support group and pays for a monthly social. Recommendations: none.""",
  "")
A("""From 6 in the morning to 11 at night I clean, I cook, I iron, I take the kids to school and back. Every day. My day off is when they go to Dubai in summer, then I clean the whole house top to bottom.""",
  "ot | | D")
A("""Agency driver for a supermarket distribution centre: worked 13 hours on my last shift because of the snow, got paid for every minute plus a bonus, no complaints, just writing so the company knows some of us appreciate it.""",
  "")
A("""My husband is the reason I am here. He beats me when he is drunk. I want to leave him. He doesn't stop me working at the hairdresser, I have my own money and my own phone, but I am scared of him.""",
  "")
A("""Concern via Crimestoppers: Female, Chinese, possibly 40s, working at the massage place on Queens Rd, seen through the window eating noodles on the floor at midnight. Same female every day for months, never seen in the street. A man comes to the door and always does the talking.""",
  "ot | sfw saw | S")
A("""Tip from a taxi driver: he regularly picks up young women from a house in Rotherham and drives them to hotels. Men book by phone and pay him, he passes the money to "Kash". The girls never have any money on them, one said she hasn't been paid since she came from Slovakia.""",
  "ww | et ncw | S")
A("""Hotel manager called 101: Guest in room 312 booked by a man in his 40s for "his niece", girl looks 15 or 16, multiple men visiting room in the last two hours. Man is sat in the lobby now.""",
  "av | | S", "immediate")
A("""A&E safeguarding: 16-year-old female brought in by ambulance after overdose. Disclosed being passed between men in flats in the town centre since she was 14, given drugs and alcohol, and told that if she tells anyone pictures of her will be put online. She named two males.""",
  "av psv thr | | S", "high")
A("""School nurse: Year 9 boy attends with a stab wound to the thigh he says was an accident. Has £400 cash and two burner phones. Mum says he goes missing for days and comes back "like a ghost". Says he has to go to "Bournemouth" again on Friday to sort things out.""",
  "av psv | pa | C", "high")
A("""Dad and me both work at the family's fish and chip shop after school and weekends, I'm 15 and I do the till 3 hours on Saturday. Mum pays me £25 and I'm saving for an Xbox. Teacher asked if I was OK because I said I work.""",
  "")
A("""The lady who brought me said the job in England is in a shop, selling phones. It was not true, it was cleaning her house and her daughter's house, from morning to night. She said if I go to police, they will send me back to Nigeria in handcuffs and my family will be shamed.""",
  "dec ot thr | foa | D")
A("""He promised to marry me. He said in England we will have a house and I will work in his cousin's restaurant. In England I never saw a restaurant. He sold me to men in a flat in Derby.""",
  "dec | | S")
A("""Intel: female subjects working at Siam Thai Massage, Clarendon St, are recruited in Thailand with promise of legitimate massage therapist roles at £2,000pcm. On arrival told they must provide "extras" to clients. Each owes £8,000 "placement fee". 2/C/P""",
  "dec debt | uf | S")
A("""At the interview for the job in the warehouse they told me it was packing clothes and £11 per hour. Yes, it was that. I just did not know it would be so cold and that I would walk 20km a day. It is hard but they did not lie to me.""",
  "")
A("""Jobcentre work coach: Claimant (British, 42, history of homelessness) says a man offered him "cash work and a caravan" at a block paving firm. Claimant returned after 3 months, says he was paid £10 a day, the caravan had no electricity, and when he asked for his wages the boss said he'd "already had them in food and rent".""",
  "av ww ac | plc | L")
A("""Press summary: A Filipino couple recruited as housekeeper and driver for a family in Surrey were promised £1,200 a month each and one day off a week. The tribunal heard they worked seven days, were paid £300 a month between them, and the employer held their passports "for visa purposes" throughout. The tribunal awarded £180,000 in unpaid wages.""",
  "dec ot ww doc | | D")
A("""GLAA licensing: labour provider charging workers £150 "registration" before placing them. Workers placed on NMW with their own bank accounts and no other concerns. Breach of Conduct of Employment Agencies regs referred.""",
  "| uf")
A("""INT: Subject SAVA, Ionut takes new arrivals from Luton airport to a house in Peterborough where they are kept for the first 2 weeks "until they are trained". They are told the house is watched and the neighbours are "his people". Not allowed to go out alone. 2/B/P""",
  "rom thr | | L")
A("""Probation: PoP (Albanian national, 23, serving for cannabis production) says he was promised a job as a builder by a man in his village. In the UK he was taken to a house and told the job was "gardening". He was locked in for weeks at a time. Says the man threatened to kill his brother in Albania if he spoke to police.""",
  "dec rom thr | | C", "high")
A("""They moved us every few weeks, always at night, to a different house. I never knew which town. The windows were covered with foil.""",
  "iso | | ")
A("""Cllr's casework: resident upset that the new restaurant staff "never go out, just smoke at the back door". Officer visited: staff live in their own flats, work normal shifts, smoke breaks at the back because the front is a bus stop. Resident informed.""",
  "")
A("""Victim statement: "I was sleeping in a tent at the bottom of the garden while I worked on the house extensions. There was no toilet, I used the hedge. When it rained my things got wet. I had one set of clothes. They said there was no room in the house." """,
  "ac | plc fpe | L")
A("""Outreach note: Rough sleeper, British, 50s, reports being offered work by a man in a van at the soup run. Declined. Says the man has been back twice. No one known to have gone with him yet. Shared with police intel for awareness.""",
  "")
A("""One of the new girls at the bar only has a small plastic bag of clothes, nothing else, says she came from Manchester with "her manager" and sleeps in the flat over the bar with the other girls. She doesn't know her address and the manager pays her when he feels like it.""",
  "iso ww | fpe saw | L")
A("""Kept the job because my mum's operation in Lagos needed paying for and Ade said he'd fire me if I complained. The pay is low but it's mine. Ade is a bully but I go home at 6 every day.""",
  "")
A("""From the Medaille Trust: Client (Romanian female, 26) says her "boyfriend" she met at 18 in Romania took her to Leicester. He controlled all the money she earned from the men and kept her ID card. When she tried to leave he burned her arm with a cigarette and told her he would tell her family in Craiova what she does.""",
  "ww doc psv thr | ncw | S")
A("""Community nurse: elderly Punjabi lady's daughter-in-law does all the housework and caring, looks exhausted. Daughter-in-law works part-time at Tesco, has her own money, goes to the gurdwara with friends and drives. Just a very busy family. No concerns.""",
  "")
A("""Police log: Report of a female screaming at No.22. Officers attended. Argument between couple over money. No injuries, both spoken to separately, no disclosure. DASH completed: standard. Words of advice.""",
  "")
A("""They took our phones on the first day "for security" and gave them back one hour on Sunday, with the supervisor in the room.""",
  "iso | | ")
A("""We could not talk to the other workers in the factory. The Romanian supervisor watched us and if he saw us talking to English people he would say we will lose the job and the room.""",
  "iso thr | | L")
A("""Caseworker: client is Polish, 58, alcohol dependent, says he was "adopted" by a couple who found him in a park. They have him working in their scrapyard for vodka and tobacco and a mattress in the shed. He says they "look after him" and doesn't want police.""",
  "av ww ac | saw plc | L")
A("""INT: Eritrean nationals held in a house in Calais by smuggler known as "Wedi" until families pay. One female reported raped by Wedi's men. Those who cannot pay are told they will "give a kidney" in Egypt. Intel from NGO partner, 2/C/C – not for onward dissemination outside NCA.""",
  "rom psv thr | | O")
A("""Hospital transplant coordinator raised concern: Patient returned from Pakistan with a new kidney after paying a "hospital" £40,000 in cash. Patient does not know who the donor was. Reports from the clinic suggest donors are poor labourers paid small sums and told the operation is safe.""",
  "av dec | | O")
A("""GP referral to renal clinic: patient on dialysis asking about travelling abroad for a transplant. Discussed risks and UK transplant list, patient decided to stay on the list. No further action.""",
  "")
A("""Sex worker rang the ugly mugs line about a client who refused to pay. She works independently from her own flat, advertises herself and keeps her earnings. Wants the client's number flagged.""",
  "")
A("""Hes Vietnamese 15 or 16 working at the nail shop every day even in school time, lives upstairs with the owner family and when I asked him his name the lady told him go to the back""",
  "av | saw sfw | L", "high")
A("""I came to work for Uncle in the restaurant. My parents think I am studying in London. Uncle says if I go to college the Home Office will find me. I wash dishes from noon till 2 at night and he gives me food and £50 sometimes.""",
  "av ot ww thr | saw | L")
A("""Border Force, Heathrow T4: Female (Nigerian, 19) travelling on a tourist visa, accompanied by a woman claiming to be her aunt who held both passports and answered all questions. Female did not know the address she would stay at or the aunt's surname. Separated and spoken to: says she is coming to "work for a family". Referred to safeguarding team.""",
  "doc iso | sfw | D")
# ---------------------------------------------------------------- part 4
A("""Debrief account, translated from Romanian by the interpreter, first person as given.

"In Bacău a man from our street, Costel, said his brother has a company in England that cleans cars and pays 50 pounds every day, with a house. He paid the bus. When we arrived in Kent his brother said the first month is for the bus and the house, so no money. After, he gave us 20 pounds on Sunday.

We slept six in one room above a garage, the mattresses were wet from the roof. We worked from 7 until it was dark, also Sunday in the morning. The brother kept our identity cards in his car 'so police do not take them'.

I asked to go home for my father's funeral. He said I can go when I pay 900 pounds for the bus and the house. I did not have 900 pounds, I had nothing. My phone was broken and he said he will buy a new one, he never did. I only spoke with my wife from his phone, with him listening."

Interpreter notes the client became upset at this point and the interview was paused.""",
  "dec ww ac ot doc debt iso | oa plc | L")
A("""Staff member at a community centre: one of our regulars, a Slovak man, works at a car wash and lives in a shared house the owner rents to the workers. We had worried, but he showed us his payslips, his bank app with his wages, his own passport, and he's saving to bring his wife over. He says the house is cramped, 4 in a 3-bed, but warm. We're satisfied there's no exploitation.""",
  "")
A("""Intelligence report

Source reports that at a farm near Wisbech a gangmaster known as "Mirek" houses around 20 Polish and Lithuanian workers in two static caravans and a converted barn. The barn has no heating and one toilet. Workers are driven to the fields at 5am in a minibus with blacked-out windows and returned after 8pm. Each worker is charged £15 a day for transport.

Mirek collects bank cards "to pay the rent" and withdraws cash at the Tesco in Wisbech on Friday nights. Workers receive what is left in cash, often under £100 for a 70-hour week. Source states two workers who complained were beaten in the barn and "sent back to Poland with nothing".

Source is a former worker. Grading 2/B/P. OIC: DC HARRIS.""",
  "ac ww ot psv | oa plc cedl et ct ncw mbc | L")
A("""I am a domestic worker. My employer is kind. I have my own room with a lock, I go to church every Sunday and I call my children in Manila every day. Sometimes I work late when they have parties but they pay me extra. I want to renew my visa and stay with them.""",
  "")
A("""She has a learning disability and he is using her. Her "boyfriend" brings men to her flat and takes the money. She thinks they are his friends. She gave him her bank card because he said he'd look after it.""",
  "av ww | ncw | S")
A("""A&E: 38yo male with a severe learning disability brought in by a neighbour with a fractured wrist. Lives with and works for a family running a market stall, neighbour says he carries stock at 4am every day. Patient says "I do jobs for my dinner". Appeared frightened when "family" arrived and he was taken home before review.""",
  "av ww ot | pa cedl | L")
A("""Disabled staff member at the garden centre: Our employee Sam has Down's syndrome and has worked on the tills with us for 6 years, paid the same as everyone, travels in with his mum, gets a Christmas bonus. This is a reference for his new supported living placement.""",
  "")
A("""OFFICIAL-SENSITIVE. Intelligence. Subject NGUYEN, Van Duc (DOB 02/11/1984) runs three nail bars in Newcastle and Sunderland. Staff are Vietnamese nationals with no status who are told that if they go out the police will arrest them. They are driven from a house in Gateshead to the shops and back, 9am to 9pm, 7 days. Source states staff have been told they owe £20k for travel and will be "given to the bad people" if they run. 2/B/P.""",
  "thr ot debt av | et cedl foa | L")
A("""When I got to the house the woman took my phone and said she would keep it "because you will waste time on it". For eight months I did not speak to my mother.""",
  "iso | | ")
A("""I'm a bit worried about our new neighbour, she's from Thailand and married an older English bloke. She never seems to leave the house when he's out. Actually I saw her today at Zumba and she said she goes to a Thai temple on weekends with her friends and works at a spa. So I think I was wrong, sorry.""",
  "")
A("""The gate is kept locked and the key is with the foreman. To go to the shop we ask him. Most days he says no.""",
  "rom | | L")
A("""Residents at the YMCA hostel have to be in by 11pm and sign in and out, the rules are the same for everyone and were explained at the start. They can stay out overnight with notice. A resident complained this was "like prison"; the manager explained the licence conditions.""",
  "")
A("""Probation approved premises: curfew 23:00 to 07:00 as per licence conditions imposed by the parole board. Resident working day shifts at a recycling plant via an agency, wages paid to own account. Compliant.""",
  "")
A("""Interview note: she says the agent in Hanoi told her she would work in a nail salon in Paris with a good salary. She was instead taken through several countries in lorries to the UK and made to work in a nail bar in Essex 6 days a week. The owner kept her wages "to pay the agent". She slept on the floor of the salon's back room with two other women.""",
  "dec ww debt ac | saw | L")
A("""Report via Modern Slavery Helpline: Caller worked at a hotel in Blackpool as a housekeeper, recruited in Spain. Says the advert said 40 hours a week; in reality it was 60 and unpaid overtime. She was housed in a staff block with 3 to a room. Wages paid to her own account but with "deductions for uniforms". She has now left and is working elsewhere.""",
  "dec ot | oa ppe | L")
A("""Hes been working at the garage since he was 14 for cash, hes 17 now. Mr B treats him alright pays him £6 an hour and drives him home. Mum knows. Is it legal for him to use the ramp?""",
  "")
A("""INT: 2/C/P. Source states a 16yr old female (Romanian) is living at 14 Albert Terrace with adult male ROSU, Marian, and is being advertised on Vivastreet as "new girl 19". Source believes ROSU keeps her away from school and she has no contact with her family. Child believed at address now.""",
  "av iso | | S", "immediate")
A("""Police log 101: Caller worried about her elderly mother's carer, who is from Zimbabwe and works very long shifts. Officer spoke with the carer and the care agency: carer works 48 hours a week through a registered agency, lives with her husband, has her passport and BRP, is paid monthly. No offences. Caller reassured.""",
  "")
A("""He says they told him the job is in a factory making furniture. It was a house with many rooms of cannabis. When he said he wanted to leave they showed him a gun and said "you can leave in a bag".""",
  "dec thr | | C")
A("""Witness statement (neighbour): I saw the young man at number 9 go out with the older man every day in the van at about half six in the morning. He never went out alone. He always had the same clothes on. One night I heard shouting and he came out onto the street with a cut on his face. The older man pulled him back inside by his collar.""",
  "rom psv | et pa fpe cedl | L")
A("""The worker said the boss didn't take her passport, it was a mistake, she left it at the office herself when she signed her contract, and she got it back the same day.""",
  "")
A("""Council food hygiene officer: during inspection of a takeaway found a mattress and blankets in the dry store, with a phone charger and clothes. Staff member (Bangladeshi, 20s) said he sleeps there because "boss says no money for room". Several cockroaches. He appeared nervous and the owner answered questions for him.""",
  "ac | saw plc sfw | L")
A("""Debrief: I had nowhere to go. I was sleeping in the station in Milan. A man offered me work in England and a bed. He knew I had nobody. In England he made me sell drugs in a small town, I don't know the name. He said if I go, the others will find me.""",
  "av iso thr | | C")
A("""Children's social care: referral re 12-year-old girl, UASC from Vietnam, went missing from foster placement. Found two weeks later in a nail bar in Leeds. Says she was told by a man on the phone to go there and work to pay for her journey. Now back in placement; phone contact continuing.""",
  "av debt | | L", "high")
A("""INT: POI DHILLON, Harjit, director of a bakery in Southall, recruits Punjabi workers via a WhatsApp group promising sponsored jobs and a path to settlement. Workers pay £15k to DHILLON for the sponsorship. Once in the UK they work 12-hour nights six days a week and are paid for 37.5 hours. DHILLON threatens to withdraw sponsorship if they complain. 2/B/P""",
  "dec ot ww thr av | uf | L")
A("""She was told it was a job in a cafe. She says there was a cafe, she did work there, it was not a lie, but she thought it would be 5 days and it is 6. The owner pays her weekly and she has her own flat.""",
  "")
A("""My husband's brother works me in his shop and the house and I get nothing, he says family doesn't pay family. I cannot go home to India because my passport is in his cupboard.""",
  "ww doc | | L D")
A("""Man found sleeping in a bin store at the back of the Chinese restaurant on the high street. Says he works in the kitchen. Went in to speak to owner who said the man "just helps sometimes". Man very thin, sores on his hands, didn't want to talk to us.""",
  "ac | saw pa plc | L")
A("""Online report: theres a brothel in the flat above the vape shop. girls come and go all night, different ones every week, men queue on the stairs. one girl looked really young and had a black eye. a guy in a BMW drops them and they hand him money""",
  "psv | et pa ncw | S")
A("""A man called Florin met me at Stansted. He took my ID card and said it is for the work registration. Since then I have not had it. He says when I finish paying the debt I get it back.""",
  "doc debt | | ")
A("""Benefit fraud team: 11 Universal Credit claims at one address, all Bulgarian nationals, all with the same contact phone and bank account sort code. Claimants interviewed say a man called "Georgi" set up the claims, keeps the debit cards and gives them £10 a day. Claimants work at a packing factory and their wages also go to accounts Georgi controls.""",
  "ww | ncw mbc sfw | L C")
A("""Two girls maybe 17 18 working at the car wash in skirts in November, freezing, the boss just stands there smoking on his phone while they scrub. one was crying. told me in broken english no money, no go home""",
  "ww rom ac | | L")
A("""Tenant support worker: Mr O., Nigerian, shares a room with two cousins in a flat he rents from a private landlord. Cramped, damp in bathroom, boiler old but working. He works as a security guard, has his own contract and pay. Helping him apply for council housing.""",
  "")
A("""Stated by victim: "He said if I ever go to the police he will kill my son. He said he knows people in the police and they will tell him. He said my son will disappear from school." """,
  "thr | foa | ")
A("""Every night I cried because I didn't have anyone to talk to. They didn't let me have friends. They said the English will cheat me. Only on the way to work in the car, the others, but we were not allowed to speak.""",
  "iso | et | L")
A("""Lad at the gym works at the Turkish barber's, says he doesn't get wages, he gets "training" and a room above the shop, been there a year. Barber keeps all the money from his customers. he's 19 and from Iraq. is that normal?""",
  "ww | saw | L")
A("""Police log: Traffic stop A1(M), VRM YF20 KWS, Ford Transit with 9 males on board in a 6-seat vehicle, no seatbelts. Driver (POPA, Adrian) states they are "his workers" going to a building site in Newark. Males had no ID on them; driver produced 9 passports from the glovebox. Males would not speak in front of driver.""",
  "doc | et sfw | L")
A("""Nurse notes: Pregnant 17-year-old, brought by "husband" aged 34. She does not speak English, he answers. She was brought from Romania 3 months ago, doesn't know where she lives. Says she is not allowed a phone. Referred to children's services as a child at risk.""",
  "av iso | sfw | ", "high")
A("""Work experience student at our farm is 16, does 4 hours on Saturdays with her mum's permission, paid £7/hour, sits down for lunch with the family. She wants to do agriculture at college.""",
  "")
A("""Debrief summary: Victim recruited in Lagos for "domestic work in a rich family" in London. Flight paid. On arrival taken to a flat in Peckham and told she had a debt of £30,000 and would work in "the club". Was raped by the "madam's" boyfriend on her second night as "training". Forced to see 10-15 men a night.""",
  "dec debt psv ot | | S")
A("""Fostering team notes: C. (15) was placed with kinship carers, his aunt and uncle who run a shop. School says he is tired in class. At review he said he helps in the shop after school for an hour and at the weekend, gets pocket money, and likes it. Aunt is supportive. Agreed plan to limit shop hours on school nights.""",
  "")
A("""I was working in Leicester in a clothes factory for £3 an hour. The owner says it is piece rate. The windows don't open, fire exit is locked with boxes in front, very hot in summer. Many of us are from Gujarat and cannot read English contracts.""",
  "ac av | | L")
A("""Employer explained she took the maid's passport to renew the visa, which is allowed with consent. Maid confirmed and said the passport is returned to her room afterwards. Seen by officer in the maid's own drawer.""",
  "")
A("""He picks us up from the hostel every morning at 5.30 and drops us at half ten at night, he says it's for safety so we don't get lost. We give him 10 pound a day for the lift.""",
  "ot | cedl et ct | L")
A("""Modern Slavery Helpline: anonymous caller (works at a warehouse) says a coworker, a young Romanian woman, told her she is not allowed to go anywhere except work and home, her boyfriend collects her wages at the agency office and she has not spoken to her family since she arrived.""",
  "rom ww iso | ncw | L")
A("""My daughter is 15. She has an older boyfriend, 22, who picks her up from school, buys her stuff and takes her to "parties" at a flat. She comes home drunk at 3am. Her friend told me men at the parties "take turns" with the girls. I am terrified.""",
  "av psv | | S", "high")
A("""Boss has told my cousin the job on the building site is finishing soon and he might be sacked. My cousin is just worried about money, he's on the books and has a family here.""",
  "")
A("""INT: 3/C/P. Source overheard a conversation in a pub where a man said he had "a house full of Vietnamese kids" growing weed in Bolton, and that "none of them will run because they owe me". Uncorroborated.""",
  "av debt | | C", "high")
A("""GLAA: workers at a shellfish processing unit in Grimsby said they must buy their own gloves, knives and wellingtons from the supervisor, costs taken from the first two weeks of pay. Workers live in their own rented rooms and can leave. Otherwise paid correctly.""",
  "| ppe")
A("""Nobody lied to me about the job, it is a car wash, I knew. I knew the money. But I did not know I would live inside the car wash, sleeping with the chemicals, and that I cannot leave because the boss has the key to the fence.""",
  "ac rom | saw plc | L")
A("""Child protection conference minutes: Child (14) disclosed her stepfather's "friend" paid her mother for "nights" with her. Mother present at the flat on these occasions. Child now in emergency foster placement.""",
  "av psv | | S", "high")
A("""Kidney for sale ads on Facebook targeting Urdu speakers in Bradford, "£20,000 cash, travel to Egypt paid". Partner organisation has seen two men in debt who say they were approached. 2/C/P""",
  "av | | O")
A("""She says the man she calls "Uncle" in Birmingham met her off the plane, took her papers and put her in a room with a lock on the outside. For the first week she was only let out to use the bathroom. Then women came to teach her "the work".""",
  "doc rom | | S")
# ---------------------------------------------------------------- part 5
A("""Safeguarding referral – adult social care (Sheffield)

Concern raised by a district nurse visiting Mrs E. (84) at her home. A woman named "Marisol", who appears to be in her 30s and from the Philippines, is living in the house and providing 24-hour care. Marisol told the nurse that she was recruited through a friend of Mrs E.'s son in Dubai and was told she would be a care assistant in a nursing home with her own flat and weekends off.

Marisol sleeps on a camp bed in Mrs E.'s bedroom so she can help her at night. She says she has not had a day off since arriving in April. She does not have a key to the house; the son locks the front door when he leaves and she has to phone him if she needs to go out. Her passport "is with the son for the visa". She gets "some money" each month but does not know how much she should be getting; the son sends part of it to her family.

Marisol asked the nurse not to tell anyone because she is afraid of being sent home owing money to the agent in Manila.

Actions: Strategy discussion with police requested; Kalayaan contact details given to Marisol discreetly.""",
  "dec ot rom doc ww debt | saw foa ncw | D")
A("""Press-style summary (Crown Court): A couple from Peterborough were convicted of conspiracy to arrange travel with a view to exploitation after bringing 18 Hungarian men to the UK between 2017 and 2020. The men were recruited in villages where work was scarce and told they would earn £400 a week in a factory.

The court heard that on arrival the men were taken to two terraced houses where up to ten men slept in each room. Bank accounts were opened in their names; the couple kept the cards and PINs. The men were given £10 to £20 a week. Jurors were shown a ledger in which the couple recorded "debts" for flights, rent and "fines" for lateness.

One victim told the court he had not known which city he was in for the first six months. Another said the defendants told them the police in England would arrest them because they had no papers, although all were EU nationals entitled to work at the time.""",
  "dec ac ww debt iso av | oa ncw foa | L")
A("""INT: 2/B/P. Car wash at Bridge St, Halesowen. Workers (est. 8) told by owner they may not leave site during hours 0800-2000. Seen eating on site. Owner collects workers in a Vauxhall Zafira from house at 23 Vine St and returns them at 2030. Source (former employee) states new workers' phones are "kept in the office till they settle". Workers paid £30/day cash.""",
  "rom iso ot | cedl et | L")
A("""He could go anywhere he liked, she said, but where? He had no English and no money, and the boss had told him everyone in the town was "with him". He believed it. So he stayed in the house for two years.""",
  "av thr | | ")
A("""Visitor's note, HMP: Prisoner (Vietnamese, 17 at time of arrest for cannabis cultivation) told chaplain he had been kept in the house by the "owners" who came twice a week with food. He did not know where the house was, had never been outside. He says they told him the police in England kill Vietnamese people.""",
  "av rom iso thr | foa | C", "high")
A("""Employee relations note: Worker (Polish, 31) raised grievance that the factory "isolated" him by moving him to the night shift alone in the loading bay. HR met with him; he has colleagues on the shift, family in the area, and the move was a rota change applied to 12 staff. Grievance not upheld, offered swap.""",
  "")
A("""Public report (Crimestoppers online form, verbatim):
i work at the chicken factory and theres a gang of Romanian women who get dropped off in a van and the same bloke takes them back, he wont let them talk to nobody in the canteen, they eat in the van. one told me in the toilets he has her passport and she owes him 3000 for the flight and she aint seen a penny in 4 months. she was shaking. please dont say it was me""",
  "iso doc debt ww | et | L")
A("""Outreach team notes, Sunday soup run: spoke with a Lithuanian man, 40s, who said he's been working at a recycling centre for an "employer" he met at the bus station. The employer gives him somewhere to sleep in a shipping container on site and a bottle of vodka a day. He has not been paid money. Says he does not mind. Visibly malnourished, bruised face he says from a fall. Consent to NRM not given; DtN completed.""",
  "av ww ac | pa saw plc | L")
A("""Call summary (101): Caller states he has been working for a landscaping firm for 6 weeks, was told he'd be paid monthly, and hasn't been paid yet. He has his own flat and phone, employer says payroll is delayed and has paid half today. Advised re ACAS/small claims.""",
  "")
A("""Police log – Op SENTINEL visit, Golden Nails, 12 High St. 3 females working (Vietnamese, 20s). All stated they live at the shop owner's house, are driven to and from work by him, and do not go out on days off because "outside is dangerous". One disclosed she paid $15,000 to get to UK and still owes $9,000 to the owner. None had ID on them; owner states he keeps them "safe at home". Owner TRAN, Quang. Actions: referral to NRM discussed, two declined.""",
  "doc debt | et | L")
A("""The job advert on the Romanian Facebook page said "muncă la fabrică în UK, 1800 lire, cazare gratuită". No factory. We cleaned toilets in a hotel 12 hours and the house was not free, it was 100 pounds a week, taken before we saw the money.""",
  "dec ot ww | | L")
A("""Housing provider note: a couple from Eritrea in a small studio flat with their baby, very cramped but clean, heating working, both have status, he works at a warehouse. Supporting a transfer request.""",
  "")
A("""I trusted her, she was my friend from church back home. She said she would get me a job in a care home. When I came she said the care home is finished, I must work in her house until another job comes. I waited 3 years.""",
  "dec | | D")
A("""INT: 2/C/P. A 14yr old boy (nom PATEL) from Leicester has been seen in Grantham several times, staying at a flat of a known heroin user, with a man called "Snowy". He has been seen with bleeding knuckles. Believed to be running a line.""",
  "av | pa | C", "high")
A("""Report from a teacher: pupil (Year 8, Roma) comes to school only 2 days a week. Says the other days he goes with his uncle "to sell the Big Issue" in the town centre and must bring back £40 or "uncle gets angry". He is 12.""",
  "av thr | | C", "high")
A("""Case summary: client (Pakistani, 34) came on a spouse visa. Her husband's family confiscated her documents, do not let her leave the house alone and make her do all the housework for 11 people. She is fed after everyone else. She has no phone and no contact with her family in Pakistan. They tell her she will be deported if she tells anyone.""",
  "doc rom iso thr av | | D")
A("""Man who does my gardening is from Albania, always here when he says he will be, has his own van and business cards, sends me invoices. My friend said he might be trafficked?! He's lovely and definitely not, just wanted to say, hope the website can be used for good news too""",
  "")
A("""She said: "They told my father I would study and work in a hotel and send money home. He signed. I was fifteen. They took me to a city and put me in a house with girls who were working with men." """,
  "dec av | | S")
A("""Kept in a room at the back of a garage in Ilford for weeks, the victim told officers, with only a bucket and a mattress. Each morning a man unlocked the door and drove him to a site where he mixed cement until night.""",
  "rom ac ot | plc et cedl | L")
A("""They didn't beat us. They didn't lock us. But they had everything: our passports, our bank cards, the address of our families. We knew if we ran it was our families who would pay.""",
  "doc thr | ncw | ")
A("""Victim (Sudanese, 24): he was told in the camp in Calais that a man in England would give him work and a place to stay "no problem with papers". The man put him in a flat with nine others and he worked in a car wash for no money for 11 months, sleeping on the floor. The man said if he complained he would call the Home Office.""",
  "dec ww ac thr av | oa | L")
A("""Note from college ESOL tutor: Learner (Chinese, 45) works in a takeaway. Sometimes misses class because of the shifts. She is paid properly, has her own room and phone, is friends with other learners. Mentioned the work is "tiring but OK". No concerns.""",
  "")
A("""999: Female caller whispering, says she is in a house she does not know, a man has taken her phone but she found another, men are coming to the house tonight and she is scared. She was brought here from Manchester this morning. Call dropped. Cell site: Ashton area.""",
  "iso | | S", "immediate")
A("""Victim says the farmer promised him a "proper contract" after the trial month. The trial month became four. No contract, no pay except "food money". He lived in the grain store.""",
  "dec ww ac | saw | L")
A("""Safeguarding Lead, GP practice: patient with mild learning disability disclosed that her new "friends" have her claiming benefits she then hands to them, and she sleeps on their sofa while they use her flat. She is afraid to go home. Her own benefits are paid into an account they took over.""",
  "av | ncw | C")
A("""Two Romanian lads at my work keep asking to borrow phones. Turns out they just dropped theirs in the river on a night out lol. Not everything is trafficking people.""",
  "")
A("""OSINT: Advert on a job board in Nepali: "Care work UK, free visa, £3,000 per month, no English needed". Contact number routes to an individual with previous for immigration fraud. Fee requested £12,000 paid in Kathmandu. No victims identified yet.""",
  "dec | uf | ")
A("""Debrief (Slovak female, 29, interpreter): she says she was told she would work in a chicken factory. She did work in the chicken factory but her partner took her wages each week at the cash machine and gave her back £15. He also made her have sex with his friends when they came to the house for money. She says he hit her with a belt when she hid money.""",
  "ww psv | ncw | L S")
A("""Old lady at the end of the road, her son and his girlfriend moved in and she's the one doing all the cleaning and cooking for them while they sit there. but she's their mum, shes happy to have them home, she told me. i think its just family stuff""",
  "")
A("""INT 2/B/P: POI KHAN, Imran, runs a textile unit in Leicester. Workers (Afghan, Pakistani) aged 16-60. Source states those without status are paid £2/hr and told Home Office raids will send them back, so they do not leave the unit during shifts of 12+ hrs. Fire doors chained.""",
  "ww av thr ot ac | | L")
A("""I was so tired I fell on the machine. 14 hours every day. They said it is my fault and took money for the blood on the cloth.""",
  "ot ww | pa | L")
A("""Accident at work: Employee at sawmill lost part of a finger after the guard was removed. HSE notified, employer prosecuted under health and safety legislation. Employee is British, on contract, now on full sick pay. No exploitation concerns.""",
  "")
A("""Taxi firm owner: one of our drivers keeps collecting the same women from the station at 5 in the morning, a man with them, takes them to the mushroom farm, back at 9 at night. the man pays. women never talk, they look exhausted. nobody else gets in.""",
  "ot | cedl et sfw | L")
A("""I wasn't allowed to eat until the family had finished, and then only what was left. When the baby cried in the night I had to go even if I had worked all day. I lost 10 kilos.""",
  "ac ot | pa | D")
A("""Officer statement: On entry to the flat I found two women in a bedroom with a chain and padlock on the outside of the door. One woman (Hungarian) had bruises on her neck. She said "he makes us do it with the men, he keeps the money". The male occupant attempted to leave via the balcony and was detained.""",
  "rom psv ww | pa | S", "immediate")
A("""Asylum seeker staying at a contingency hotel says he was offered cash work by a man in the car park, did two days' labouring, got paid £120 as agreed, didn't go back because it was illegal. Advised not to work without permission.""",
  "")
A("""She used to go to the mosque on Fridays. Since the new job with the family in Bolton, she doesn't come. Her sister says she is not allowed out and they have her phone. The family says she is resting.""",
  "rom iso | | D")
A("""POI IONESCU, Elena (Romanian, 52) recruits women in Constanța with offers of fruit picking. On arrival in Kent women are put to work in flats as sex workers. IONESCU keeps their ID and earnings. Women who refuse are beaten by her son. 2/B/P""",
  "dec doc ww psv | | S")
A("""Wellbeing check at the shared house by the housing association: four Vietnamese men, each with their own room, working at different nail bars, paying their own rent, have phones and visit friends. One said he is shy and doesn't go out much but goes to football on Sunday. No concerns.""",
  "")
A("""He says the man who runs the grow told him his debt was £25,000, and that each week's "work" took £200 off. But each week he was fined for dead plants, for noise, for the electricity, so the debt got bigger. He could never see the end.""",
  "debt ww | | C")
A("""At the nail bar they call her "the aunty" and she does the talking when customers ask the girls anything, takes the card payments on her own phone and gives each of the girls an envelope at the end of the week. The girls seem fine and chat away and go out at lunch.""",
  "| sfw")
A("""I want to report my boss for not paying holiday pay. I took 5 days and got nothing. I'm British, on a zero hours contract at a pub.""",
  "")
A("""Border Force Stansted: Male (Albanian, 17) arriving alone with a return ticket and £50. States he is visiting a "friend" whose address he doesn't know. Phone contains messages arranging pick-up and instructions "don't talk to anyone, tell them tourist". Referred to LA children's services as UASC; possible trafficking.""",
  "av iso | | ", "high")
A("""Midwife: Woman (Chinese, 26) presenting late in pregnancy says she works in a "massage shop". Says she cannot go to the hospital for scans because the boss "doesn't allow days off". Has no money of her own; the boss paid for the taxi and is waiting outside.""",
  "rom ww | et ncw | S")
A("""My wife's cousin stays with us. She helps with the kids and house while she looks for work, we don't charge her rent and give her pocket money, she has her own room and goes out with friends at weekends. Police came round after an anonymous report, all fine.""",
  "")
A("""Sometimes I sleep in the lorry cab on the Friday and Saturday because the boss says the next pickup is 4am. The company pays for a hotel normally. It's a legit haulage firm, I'm just tired of it.""",
  "")
# ---------------------------------------------------------------- part 6
A("""Account given to Salvation Army support worker, written up in her words (Albanian, 22):

"I met Artan in Tirana when I was 19. He was kind, he bought me things, he said we would marry in England and he has a business there. We came in a lorry. In London he took me to a flat where there was another girl. He said the business is not good now, and we need money for the wedding, so I must work 'a little' with men. I said no. He did not speak to me for two days and did not give me food. Then he said OK, only one month.

The one month was two years. He had the phone for the adverts, the men called him. He took all the money and said he was saving it for our house. I never saw a house. When I cried he hit me, not on the face. The other girl told me Artan has a wife in Albania.

I did not go out alone. He always said the English police would put me in prison because I came without papers, and then my family would know what I did. I was ashamed.

I left when he was arrested for something else. A woman from the church helped me."

Support worker: client has consented to NRM. Safe house placement arranged.""",
  "dec ww psv rom thr av ac | foa | S")
A("""Environmental Health note, 19 Fern Road. Complaint of overcrowding. On inspection: a two-bedroom terraced house occupied by a family of seven (parents, grandmother, four children). All family members related. Father works as a bus driver. Damp in rear bedroom. No evidence of any person being housed by an employer or of any exploitation. Category 2 hazards; landlord notified.""",
  "")
A("""INT 2/B/P – Op KESTREL

Subject GHEORGHE, Vasile operates as an unlicensed gangmaster supplying workers to two poultry catching crews in Herefordshire and Shropshire. Catching is done at night; crews are picked up from a house in Leominster at 22:00 and returned after 10:00, often working two farms back to back.

Source (current worker) states: 12 men live at the Leominster address in four rooms; rent £60/wk each deducted from wages; workers have been told they owe GHEORGHE for their flights and "training" (£850 each). Wages are paid by the farm into GHEORGHE's account and he pays workers cash "when the farmer pays him". Source has received £180 in the last month for around 200 hours.

GHEORGHE keeps workers' Romanian ID cards in a folder in his car. Source says one worker who asked for his card back was punched in the face in front of the others and told "you can walk to Romania".""",
  "ww debt doc psv ot ac | cedl oa et ncw | L")
A("""Au pair agency report: Spanish au pair (20) with a host family in Bath. Weekly hours 25, own room, pocket money £100/week, attends language school, has friends in the area, family pays for her travel card. Mid-placement review positive.""",
  "")
A("""Safeguarding concern raised by a Romanian-speaking church volunteer

Several times over the past month a young woman, maybe 18 or 19, has come to the Romanian-language service with an older man. The man stays next to her the whole time and once took her by the elbow when she tried to talk to me after the service. Last Sunday she went to the toilet and I followed. She told me very quickly that she works "in a hotel" cleaning but the man takes the money from the hotel and keeps her phone and her identity card. She lives with him and four other girls in a flat. She doesn't know the address, only that it is near a big Asda. She said she wants to go home to her mother but he says she owes him for the journey and "a girl who runs is found".

I gave her my number on a piece of paper which she hid in her sock. I have not heard from her. I do not know the man's name. He drives a grey Skoda estate, I think the number plate has "KX" in it.""",
  "ww iso doc debt thr rom | ncw et | L")
A("""Mum here. my son 16 keeps going "to work" with his mates older brother who does plastering. gets home at 11pm covered in dust, says he gets paid £20 for the whole day, he's missing college. is this allowed I'm so angry""",
  "av ww ot | cedl | L", "high")
A("""Hes fine, he's my nephew and works in my shop part-time while at uni. He gets paid through the books, I drive him home because the buses are rubbish after 9. Someone reported us because he's "always with me". Ridiculous.""",
  "")
A("""Report from a Polish community worker: a man told her he answered an advert for "praca w UK, zakwaterowanie" and ended up on a farm in Norfolk living in a shipping container with no electricity in winter. He says the boss told them the nearest town was "three hours' walk" and there were no buses, which was not true. They didn't know where they were. He walked out after six weeks with no wages.""",
  "dec ac iso ww | plc | L")
A("""Domestic worker visa holder (Indian, 44) attended Kalayaan drop-in. Says employer family in Knightsbridge are "good people" but she works from 7am to 1am, seven days, and is never allowed out except with the family. She is paid £200 a month, sent to her husband in Kerala by the employer. She has not been allowed to keep her passport.""",
  "ot rom ww doc | ncw | D")
A("""Factory manager explained the locked side door is a fire exit with a push-bar that opens from inside and is alarmed; workers use the main entrance freely. Inspector confirmed. No restriction of movement.""",
  "")
A("""Sentencing remarks (summary): "You preyed on men who had nothing. You found them in hostels and on the streets, men with alcohol problems and mental illness, and you offered them work and a roof. The roof was a leaking caravan. The work was paving drives from dawn until dusk, seven days a week. The wages were a few pounds, tobacco and cheap cider. When they tried to leave, you found them and brought them back, and you beat them so the others would see." """,
  "av ac ot ww psv rom | plc | L")
A("""Child (13) found in a trap house in Southend with two adults, 200 wraps of crack. Says he was told he owes £1,500 for drugs that "got robbed". Phone has a video of another boy being stabbed with the message "this is you".""",
  "av debt thr | | C", "high")
A("""Phoned the helpline for my friend, she's Brazilian, works as a cleaner for a family in Hampstead, has her own flat, paid well but they shout at her a lot. She wants to know if she can be sponsored. Not exploitation, she just needs advice.""",
  "")
A("""She says that when she was in the house of the employer in Saudi Arabia she was beaten, and when the family came to London for the summer she ran away from the flat. In London she was locked in when the family went out, and the employer's wife kept her passport and never paid her salary for 14 months.""",
  "psv rom doc ww | | D")
A("""Reported by an Uber driver: collected 3 young women from a flat in Slough, the man who booked the ride rode in the front and told me where to drop each one — different hotels. He had all their phones in a bag on his lap.""",
  "iso | et | S")
A("""Outreach worker: British woman, 31, heroin-dependent, says a dealer lets her "stay" at his flat and gives her gear in exchange for sex with his friends and holding drugs. She says she can leave but "where would I get my fix?".""",
  "av | | S C")
A("""INT: 3/C/P. Rumour on the estate that the new family at No 8 "keep a slave" because a woman does their cleaning. Officers visited: the woman is a paid cleaner from a registered cleaning company, comes twice a week, lives elsewhere. NFA, rumour false.""",
  "")
A("""Said they'd give me the money at the end of the season, all of it in one go, so I wouldn't waste it. End of the season came and the boss said the strawberries failed and there was nothing.""",
  "ww dec | | L")
A("""The room was so small three of us slept on one mattress, head to feet. The boss's house, he said rent was part of the deal.""",
  "ac | oa | ")
A("""My landlord has put a 10pm curfew on our house share because of noise complaints, is that legal? We all have our own tenancies and jobs.""",
  "")
A("""Debrief, Eritrean female (via interpreter): In Libya she was held in a warehouse for four months by smugglers. Women were taken out at night and raped. She was told that the price of her journey was 3,500 dollars and if her family did not pay, she would be sold to a man in Tripoli "to work in his house".""",
  "rom psv thr debt | | ")
A("""Organ trafficking intelligence (NCA, 2/C/C – handling: not to be disseminated to foreign partners). A broker based in Birmingham arranges for UK patients to travel to a clinic abroad; donors are recruited from refugee communities and told they will be paid £5,000, but are given less than £1,000 after the operation. One donor developed complications and received no aftercare.""",
  "av dec | | O")
A("""Man (Moldovan, 27) reports in Home Office interview that he agreed to sell his kidney for $3,000 to pay debts at home. After the operation in Turkey he was paid $800 and was left at a bus station. He was told that if he went to the police his family would be "visited".""",
  "av dec thr | | O")
A("""Pub landlord says his chef is from Kerala on a skilled worker visa, legit sponsorship, paid £32k, lives with wife and kids nearby. Local gossip that "he's kept" started when someone saw him sleeping in his car on a break. Nothing in it.""",
  "")
A("""I only knew the inside of the house and the shop. The van windows were dark. I could not tell you one street.""",
  "iso | et | L")
A("""Referral from Barnardo's: Girl, 15, in care, reported missing 11 times in 3 months. Found in a hotel in Milton Keynes with two adult males. Has a phone not given by carers, messages refer to "clients". She says "he loves me" about one of the men.""",
  "av | | S", "high")
A("""GLAA enforcement visit: 30 workers at a leek farm, all supplied by a licensed provider. Rotas show 6 days, 9 hours. Payslips reconcile to bank statements in workers' own names, accommodation in caravans rated satisfactory. Several workers said the work is "harder than in the video" but none reported being misled about pay or conditions. Compliant.""",
  "")
A("""He had a blanket and a carrier bag with two T-shirts. That was everything he had after five years in this country.""",
  "| fpe")
A("""INT: Vehicle VRM BD66 NHO registered to YILMAZ, Mehmet, seen on ANPR every day at 05:30 near a hostel for asylum seekers in Wakefield, then at a car wash in Leeds, returning 21:00. Source states men are charged £5 a day for the lift and are paid £30 a day for 15 hours. 2/C/P""",
  "ot | cedl et ct | L")
A("""Woman in the flat below has three young men staying with her who work for her husband's building firm. They seem happy, play football in the park, one told me they came from Poland on their own and she charges them normal rent. Just nosey neighbour here, I don't think it's anything.""",
  "")
A("""Victim debrief: "I had to give the boss my card at the start of each week. He said it's so I don't waste the money on drink. When I asked for my money back for a train home he said I owed him for the room." """,
  "ww debt | ncw | L")
A("""Statement of a neighbour: "For two years I have seen the girl only in the garden, hanging washing. She is small and thin, maybe twenty. She never goes to the shops. When I said hello she ran inside. The lady of the house told me the girl is "not allowed out, she is from a village, she gets lost". Last week I heard the lady of the house screaming at her and something breaking." """,
  "rom | pa | D")
A("""Note: individual seen at the food bank is a care worker who has just started, says the first pay packet is at the end of the month so she is short this week. Agency is legitimate, she has a contract and her own flat. Referred to hardship fund.""",
  "")
A("""They told us in Nepal, you go to England and work in a restaurant, chef, good salary. In England: chopping onions from 9 in the morning until midnight, in the kitchen of a takeaway, sleeping on the floor upstairs with eight others. They said our visa is tied to them, if we leave we are illegal.""",
  "dec ot ac thr | oa saw | L")
A("""Security guard at a Sheffield retail park reports two boys, about 11 and 13, begging at the car park exit every weekend for hours. An adult woman watches from a car and takes the money from them every half hour. Boys look cold and hungry.""",
  "av | pa | C", "high")
A("""The man he works for took him to open a bank account and kept the card and the letters "to help him". He also keeps his Romanian ID "for safety". The man collects him at 6 every morning.""",
  "doc ww | ncw cedl | L")
A("""Prison safer custody: Prisoner disclosed that before his arrest he was held by a county line in a flat in Exeter, unable to leave because the door was barricaded, and that his phone was taken. Staff say he is very frightened of another prisoner from the same group.""",
  "rom iso | | C")
A("""Worker at a hand car wash in Stoke says he is on a fair wage, lives with his wife, and can go home whenever. He said "yes it's hard, it's cold, some bosses are bad but mine is good". Inspection found proper drainage and PPE provided free.""",
  "")
A("""She says the family told her the old lady needed "a little help in the house". It was 24 hours a day: washing her, feeding her, turning her in the night. No sleep, no day off, no money because "you are family now".""",
  "dec ot ww | | D")
A("""Girl at the pop-up in the flats on Ward St said she is "on tour" for two weeks, the booker takes 50%, she has her own phone and passport and goes home to Romania when she wants. Officers found no indicators of coercion. Passed to intel for awareness.""",
  "")
A("""Fishing vessel boarded by Border Force at Newlyn: Ghanaian deckhand says he was promised $1,500 a month, has received nothing in six months, the skipper keeps his passport and he is not allowed ashore "because of visa". He sleeps on the deck in a store cupboard.""",
  "dec ww doc rom ac | saw | L")
A("""Nan's carer from Romania is so isolated, her English is poor and she's far from home. She lives in her own flat, the agency pays her, she has a phone and does video calls to her kids, but she's lonely. Can we do anything to help her meet people? (Not a slavery report, just asking the council.)""",
  "")
# ---------------------------------------------------------------- part 7
A("""Pay goes on the card he keeps.""",
  "ww | ncw | ")
A("""Door locked from outside at night, boss has the key.""",
  "rom | | ")
A("""Not allowed past the gate without the supervisor.""",
  "rom | | L")
A("""Rent and food added each week so it never goes down.""",
  "debt | | ")
A("""Told it was a modelling job, ended up in a flat in Croydon with clients.""",
  "dec | | S")
A("""Only phone call home is on the boss's phone, on speaker.""",
  "iso | | ")
A("""Lost my job at the warehouse, they paid me up to my last day though.""",
  "")
A("""Room is tiny but it's mine and the landlord is decent.""",
  "")
A("""My employer keeps my passport in her safe but I can have it any time, I took it to the bank last week.""",
  "")
A("""Friends say I'm too quiet at work, I just like my own company. I've got a girlfriend and go out at weekends.""",
  "")
A("""OFFICER HANDOVER – late turn, 22:40

1) Concern for welfare at 5 Dock Lane (Latvian male, 50s, found wandering at the retail park, confused, no coat). Spoke to him via Language Line. He says he has worked for "Valdis" for three years at a wood yard, sleeping in the yard office. He has diabetes and says Valdis stopped taking him to get insulin "because it costs". He has not been paid "for a long time" and gets food from Valdis's wife. He does not want to go back but says Valdis has his passport and "everything". Taken to A&E, blood sugar very high. Ward staff aware not to release to anyone claiming to be an employer.

2) Unrelated: shed burglary at the allotments, CCTV requested.

3) Report of a group of men living in the old garden centre on Mill Road – attended, it is a legitimate night-shift security team using the welfare cabins during breaks, all with contracts with a SIA-licensed firm. NFA.

Action for early turn: MSHT unit to pick up item 1 for NRM/DtN and a visit to the wood yard.""",
  "av ww doc ac | saw | L")
A("""Caseworker report – Migrant Help

Client H. (Sudanese, 26, asylum seeker) disclosed the following over two appointments.

He arrived in the UK in a small boat in 2022 and was placed in a hotel. A Sudanese man he met outside the hotel said he could get him paid work "with no problem from the Home Office". The man drove him and two others to a car wash in Luton, where they worked from 8am to 8pm, six days a week. The man said they would be paid £50 a day, and at first they were, but after two weeks he said the Home Office had started checking bank accounts and he would "keep the money safe" for them until their asylum decisions came. He gave them £20 on Fridays.

H. says he was not locked in and returned to the hotel every night, but the man warned that if they stopped working he would report them to the Home Office and their asylum claims would be refused. H. believed him. He worked like this for five months and estimates he is owed over £5,000.

H. also says one of the other men, a boy who said he was 16, was put in the car wash's back room to sleep because the hotel had moved him.

H. has consented to NRM referral. The boy is to be reported to the LA as a child at risk.""",
  "dec ww thr av ot ac | saw | L", "high")
A("""Local news summary: "A Lincolnshire farming family has been praised by inspectors for its treatment of seasonal workers. Each year around 80 pickers from Bulgaria and Romania stay in modern cabins with kitchens and Wi-Fi. Workers are paid weekly, receive free transport to the supermarket on Saturdays and a welfare officer who speaks Bulgarian is on site. 'The work is tough and the days long in peak season,' one picker said, 'but we are treated like people here. I come back every year.'

The GLAA said the farm was an example of good practice. The National Farmers' Union noted that not all growers had the resources to provide the same standard, but urged members to follow the farm's lead on accommodation and pay transparency." """,
  "")
A("""Safeguarding referral – school designated safeguarding lead

Pupil: A. (Year 7, 11 years old). A. arrived from Romania in September and lives with a woman she calls her aunt. Staff have noticed that A. is often hungry, wears the same clothes every day and has a strong smell of bleach on her hands. Today she fell asleep in maths. When asked, she said she cleans "Auntie's houses" before and after school, three houses, and at the weekend all day. She said Auntie gets paid for the cleaning and A. does not. She said she is not allowed to have friends over or go to after-school club because she has to work, and Auntie has told her that if she tells school "they will take me away and put me in prison like my mother".

A. has no mobile phone. Her mother is believed to be in Romania.

Action: referral to children's social care (same day), police child protection team informed. A. remains in school until collected – DSL to stay with her.""",
  "av ww ot iso thr | pa | L D", "immediate")
A("""INTELLIGENCE LOG – 2/B/P

Subject: TAHIR, Saleem (DOB 09/07/1979), director of TQ Solutions Ltd, Bradford.

Source reports TAHIR has been recruiting men from Pakistan via WhatsApp for "warehouse jobs" under the skilled worker route. Each pays TAHIR between £10,000 and £18,000 for a certificate of sponsorship. On arrival no warehouse work exists; men are sent to work in takeaways and car washes owned by TAHIR's associates for cash.

Men are housed in a terraced property on Manningham Lane; source counted 14 men sharing three bedrooms. TAHIR retains passports "for Home Office compliance". Men told the sponsorship will be cancelled and they will be deported if they speak to anyone. Some are still repaying loans in Pakistan taken to pay TAHIR.

Source is a relative of one of the men. Grading: 2/B/P. Recommend joint visit with Immigration Enforcement and GLAA.""",
  "dec doc thr av ac | uf oa | L")
A("""Debrief (Chinese female, 40s, Mandarin interpreter):

She says that she came to the UK on a visit visa to see her son, who was studying. When the visa expired she stayed because she had borrowed money for her son's fees and needed to work. A woman from her hometown found her a "live-in job" with a Chinese family in Glasgow, cooking and looking after their children. She was paid £600 a month in cash, had her own small room and a day off every two weeks. She says the family were strict but not cruel. She was free to go out on her day off and kept her own passport and phone.

She left the job when her son finished his course. She came forward now because she wants to regularise her status. Interpreter notes she was clear she was "not a slave, just working without papers".

Assessment: no indicators of forced labour identified. Immigration advice referral.""",
  "")
A("""Police log – Op AUBURN day of action, hand car washes, Wolverhampton

Site 1 (Penn Rd): 6 workers, all Kurdish Iraqi, all with BRPs, paid through payroll, live with family. Toilet and rest area adequate. NFA.
Site 2 (Stafford St): 4 workers, Romanian. Owner (Mr DUMITRU) present, answered for the workers throughout, said they are "all family". Workers live in a caravan on the site with no toilet, using the car wash's outside drain. One worker said quietly he is paid "what boss says, maybe £100 a week for 70 hours" and that the boss "has our papers in the caravan". IDs located in a locked box in the owner's van. Workers taken to a reception centre with consent; NRM referrals pending.
Site 3 (Bilston Rd): closed on arrival.""",
  "ac ot doc | sfw saw plc dt | L")
A("""Witness statement extract (delivery driver): "I deliver to the big house on the hill every week. There's always the same Indonesian lady who answers the door, but she never takes the parcel; she has to call the madam, who signs. Once the madam was out and the lady said through the letterbox that she couldn't open the door because it was locked and she didn't have a key. She asked me what day it was. She looked really thin. I didn't know who to tell." """,
  "rom iso | pa | D", "immediate")
A("""NGO case closure note: Client (Vietnamese male, 22) originally referred as a potential victim found at a cannabis grow. Over several sessions he was consistent that he came to the UK through an agent he paid in Vietnam, that he chose to work at the grow for money, that he came and went freely, had his own phone, and was paid £1,000 a month to his own account. He said nobody forced or threatened him. Conclusive grounds: negative. Case closed.""",
  "")
A("""Report via the council's website (verbatim):
THE PEOPLE AT THE BIG HOUSE ON ELM GROVE HAVE GOT A WOMAN LIVING IN THEIR GARAGE!!!! SHE CLEANS THEIR CARS AND THEIR HOUSE EVERY DAY AND I HAVE NEVER SEEN HER GO OUT THE GATE, HE SHOUTS AT HER LIKE A DOG, WHAT KIND OF COUNTRY IS THIS, SOMEBODY NEEDS TO DO SOMETHING BEFORE SHE DIES IN THERE IN THIS COLD""",
  "ac | saw plc | D")
A("""Health visitor note: New mum (Polish, 28) lives with partner and baby in a small one-bedroom flat above the bakery where he works. Tight for space but warm and clean. Partner employed on a contract, she is on maternity pay from her previous job. Good family support. Routine follow-up.""",
  "")
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
