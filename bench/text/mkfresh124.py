#!/usr/bin/env python3
"""Hand-written labelled texts (set 124, Scottish mix). Each T() holds one hand-written
text and its labels. Abbreviations are expanded to the fixed codes below.
Risk: computed from the labelling convention unless given ('immediate' or 'high' for a child)."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", RM="restriction_of_movement",
           ISO="isolation", PSV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", swp="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

ROWS = []
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("ISO", "iso")]

def T(text, ind="", sig="", typ="", r=None):
    ind, sig = ind.split(), sig.split()
    for a, b in PAIRS:  # indicator and its sign go together
        if a in ind and b not in sig: sig.append(b)
        if b in sig and a not in ind: ind.append(a)
    i = [IND[x] for x in ind]
    s = [SIG[x] for x in sig]
    t = [TYP[x] for x in typ.split()]
    if r is None:
        if "physical_sexual_violence" in i or "sexual" in t or len(i) >= 3 or \
           ("intimidation_threats" in i and "restriction_of_movement" in i):
            r = "high"
        elif i or t:
            r = "medium"
        else:
            r = "low"
    ROWS.append(dict(text=text, indicators=i, signs=s, exploitation=t, risk=r))

# ---------------- part 1 ----------------
T("INT 2/B/P: Males of Vietnamese appearance seen being dropped at rear of nail bar on Dumbarton Rd, Glasgow approx 0630hrs and collected 2200hrs by silver Vauxhall Insignia SF19 KXR. Same driver each day. Source states workers do not appear to have own money, driver pays for their food at Lidl.",
  "", "ced et ncw", "L")
T("101 call: caller reports neighbour's car has been keyed overnight on Cumbernauld Rd. No suspects. Crime ref issued.")
T("there is a hoose on my street in torry aberdeen windaes aw blacked oot and a wee buzzin noise day and nite, smells like skunk, a young chinese laddie comes oot tae put the bins oot but never goes anywhere else, been months. he looked feart when i said hiya",
  "ISO", "iso foa", "C")
T("Salvation Army caseworker note: Client (F, 34, Romanian) says she was offered a cleaning job in an Edinburgh hotel by a woman from her village. On arrival she was taken to a flat in Leith and told she owed £3,000 for flights and the room. She was made to see men there. Her ID card was 'kept safe' by the woman. She was allowed out only with the woman's boyfriend. Now in TARA accommodation.",
  "DEC DB RD RM", "dt rm et", "S")
T("Nom DUNCAN, Gary DOB 12/03/1988 stopped on M8 J15 in VRM SN67 OPX. Vehicle search negative. Words of advice re tyre tread. No further action.")
T("GLAA inspection note, soft fruit farm near Blairgowrie. 146 seasonal workers, mainly Bulgarian and Kyrgyz, on the Seasonal Worker visa. Caravans clean, max 4 per unit, heated. Payslips checked: hourly rate above NMW, piece rate top-ups shown. Workers hold own passports. Welfare officer on site speaks Russian. No concerns identified. Licence compliant.\n\nInspector comments: Transport to the fields is by the farm's own minibuses, free of charge. Workers told us the working day is 8 hours with a paid break, and overtime is optional and paid. Two workers raised a complaint about the wifi in the camp; this has been passed to the farm. One worker who had a hand injury from a tractor trailer was taken to PRI by the welfare officer the same day and is being paid sick pay. The farm has its own anonymous reporting line printed in five languages on the noticeboards. Next inspection due in 12 months.")
T("He told me if I go to police they will find my sister in Tirana. I believe him because he show me photo of her house.",
  "IT", "", "")
T("Debrief (via Vietnamese interpreter): He says that he travelled by lorry from France and was told the journey cost $20,000 which his family in Nghe An had borrowed. In Scotland he was put in a house in Kirkcaldy to water plants. He was not allowed to leave; the front door was screwed shut and the windows covered. Food was brought every three days. He was told the debt would be cleared after two harvests. He slept on a mattress beside the lights. He says the man in charge hit him with a pipe when some plants died. He describes the man in charge as Vietnamese, about 35, called 'Anh Hai'. A second man, who spoke Scottish English, came twice to 'fix the electrics'. He says that after police entered the house he was afraid he would be sent to prison, because Anh Hai had told him that this is what happens to gardeners. He now understands that he is being treated as a victim. He asked if his mother can be told he is alive.",
  "DB RM ISO PSV AC AV", "rm iso swp plc foa", "C")
T("Shoplifting from Tesco Extra, Silverburn. Female adult detained by store security with £64 of meat in bag. Admits offence, says she was skint. Recorded police warning issued.")
T("School safeguarding referral: S3 pupil (14, M) has new trainers and two phones, been missing from school three days this week. Mum says he's been 'through in Dundee with pals'. Was found by BTP at Perth station with £400 and wraps in his sock. An older male collected him from the station in a taxi.",
  "AV", "et", "C", r="high")
T("Caller reports a man shouting in the street in Inverness, appears drunk. Officers attended, male given words of advice, taken home by his partner.")
T("Fishing vessel inspection, Fraserburgh harbour: 6 crew from the Philippines and Ghana. Crew say they are working 20 hour days when at sea and have had no shore leave in 5 months. Skipper holds their passports and seaman's books 'for immigration'. Wages of $400 a month paid to a manning agency in Manila, crew receive $50 in cash. Crew sleeping in a bunkroom with no heating and water leaking through.\n\nThe vessel's owner, a company registered in Peterhead, was contacted and said the crew are employed by the agency and not by them. The skipper, a Scottish national, said the crew 'were happy' and 'earn more than at home'. Two of the Ghanaian crew asked to speak to the officers away from the boat and said they were afraid that if they complained they would be sent home and the agency would blacklist them. Crew referred to the NRM with consent; ITF inspector informed.",
  "EO RD WW AC RM", "lh dt ncw plc rm swp", "L")
T("my mate works at the car wash in paisley and gets paid cash 8 quid an hour, hes moaning cos its cold but he can go home whenever and boss is sound. dont think theres anything dodgy just wanted to ask if thats legal")
T("POI CHEN Wei reported missing by Glasgow Chinese community centre. Located safe and well at friend's address in Motherwell. Student at Strathclyde Uni. States he lost phone. Missing person report closed.")
T("A&E note, RIE: Female approx 20, Albanian-speaking, attended with man who answered all questions and refused to leave the cubicle. Bruising to upper arms and old burn marks to hands. When man went to move car she wrote 'help' on the triage form. Police called.",
  "PSV", "pa sfw", "", r="immediate")
T("Intel 3/C/P: INT suggests TAYLOR, Kevin using addresses in Gorgie to store stolen bikes. No link to any vulnerable persons.")
T("I came to work in a care home in Falkirk on a visa. The agent in Kerala took 8 lakh rupees from my father for the sponsorship. When I arrived the home said there were no hours for me. The agent now says I must pay more or he will tell the Home Office I ran away. I work nights cleaning for his cousin for no money to pay this back.",
  "DEC DB IT WW AV", "uf", "L")
T("Officer handover: Concern for welfare at flat 2/1, 18 Robertson St Greenock. Occupier KERR, Alan (54) has learning difficulties. Local youths using flat to deal heroin and crack since August. Alan says they 'are his pals' but he now sleeps on the kitchen floor and they took his bank card. Neighbour heard one say 'you grass and we'll burn the place'.",
  "AV IT AC", "ncw plc", "C")
T("Council licensing: premises licence for Bar Uno, Aberdeen suspended for serving after hours. Door staff all SIA registered.")
T("Bank alert (financial crime team): 11 debit cards in different names, all with addresses at one flat in Dundee, used at the same ATM on Hilltown within 40 minutes on paydays. Accounts receive wages from Tayside Foods Ltd via an agency. Funds withdrawn in full same day.",
  "WW", "mbc ncw", "L")
T("Texts recovered from phone: 'u owe 2k still, no days off till its paid' ... 'ur sister can come work it off if u cant'",
  "DB IT EO", "", "")
T("Midwife booking note: Client 17, Slovak, 24 weeks pregnant, attended with 'husband' who is 31. Married at 15 in Slovakia, came to Glasgow Govanhill last year. She says she cooks and cleans for his whole family of 9 and is not allowed to go to college. Interpreter says she looked at him before each answer.",
  "AV RM", "rm sfw", "D", r="high")
T("Press summary: A man from Coatbridge has been sentenced at the High Court in Glasgow for human trafficking offences under the Human Trafficking and Exploitation (Scotland) Act 2015. The court heard he recruited homeless men outside a Glasgow hostel, promising paid work laying driveways, then made them work twelve-hour days for food and a roof in a static caravan without water. The men were paid nothing and were beaten if they complained.\n\nSentencing, Lord Beckett said the accused had 'treated vulnerable human beings as disposable tools for his profit'. The court heard the accused's brother, who was acquitted, had run a legitimate landscaping business in Airdrie and had no knowledge of the offending. Police Scotland's National Human Trafficking Unit thanked the victims, who had given evidence by live link, and the staff at the hostel who raised the alarm. Anyone with concerns is asked to call 101 or the Modern Slavery Helpline.",
  "AV DEC EO WW AC PSV", "lh plc", "L")
T("Domestic abuse call, Kilmarnock. Female reports partner smashed her phone during argument. No visible injury. Male arrested under s1 Domestic Abuse (Scotland) Act. No other concerns.")
T("Victim statement: I am from Eritrea. I crossed to Libya and then Italy. In Libya the men kept me in a warehouse and said I must pay $3,500 or they will take my kidney. They took blood from many of us and a doctor looked at us. My friend Yonas was taken away and came back with a scar on his side and he was very sick. I paid with money from my uncle.",
  "IT RM", "rm", "O")
T("Caller states 4 eastern european men living in a 2 bed flat above a takeaway in Elgin, says its 'disgusting' and they get picked up at 5am in a white van every day. Caller annoyed about parking.",
  "", "oc ced", "")
T("nom ION, Marius (ROM) POI arrived EDI airport with 3 females aged 19-22. Females state going to work in a 'restaurant' but cannot name it. Ion holds all 3 passports and return tickets. Females have no money, no phone. Border Force intervened, females referred to NRM with consent.",
  "RD ISO", "dt iso fpe sfw", "")
T("Probation note: Service user reports he was beaten and robbed by a man he owed money to for drugs. Police informed. No suggestion of exploitation – he is not being asked to do anything for the man.",
  "", "", "")
T("Caseworker (Migrant Help): Mr A, Sudanese, 26. Worked at a car wash in Motherwell for 8 months, 7 days a week, 8am to 8pm. Paid £30 a day, less £10 for 'the room'. Slept in a storeroom behind the car wash. No heating. He did not know the address of where he worked until he saw it on a receipt.",
  "EO AC ISO WW", "lh swp plc iso", "L")
T("Housing officer: tenant in Cumnock behind on rent £800, has been struggling since losing job at the sawmill. Referred to welfare rights. No concerns.")
T("Report via Modern Slavery Helpline: woman in a big house in the West End of Glasgow seen hanging washing at 11pm and scrubbing the front steps at 6am. Neighbours say she never leaves, the family takes the bins out. Family are diplomats from the Gulf. She waved once and looked scared.",
  "EO RM", "lh rm", "D")
T("GLAA: labour provider operating without a licence, supplying 12 workers to a potato packhouse near Forfar. Workers interviewed, paid correctly through PAYE, own accounts, free transport provided, no fees taken. Warning issued for unlicensed activity.",
  "", "", "")
T("my boss at the nail salon keeps my passport in her handbag, she says its because the police might take it",
  "RD", "dt", "L")
T("Intel 2/C/C (not to be disclosed to the subject): Unknown male called 'Ardi' running county line 'Stevie' from Liverpool into Kirkcaldy. Uses local 16-year-old girls to hold drugs. Cuckooed address at Valley Gardens – occupier heroin user, paid in gear.",
  "AV", "", "C", r="high")
T("A woman who had a kidney transplant at the Royal Infirmary of Edinburgh in 2019 reports that her benefit has been stopped. She wants advice. No police matter.")
T("I was working in a restaurant in Aberdeen. The owner said my wages go into his account until I have a bank account, but he never helped me open one. After 6 months I still only get £50 each Sunday. He says the rest is saved for me.",
  "WW", "ncw", "L")
T("999 call 23:14: Female screaming from flat in Westercraigs, Dennistoun. Caller says a girl has been shouting 'let me out' in broken English for ten minutes and banging the door. Units dispatched.",
  "RM", "rm", "", r="immediate")
T("Sighting: POI MCLEAN, Ryan seen at Buchanan Bus Station with two youths approx 15, handing them a rucksack and rail tickets to Inverness. Youths are known missing persons from a children's unit in Renfrewshire.",
  "AV", "", "C", r="immediate")
T("Local farmer in Angus employs 30 pickers through a GLAA-licensed agency. Workers came forward to say they were happy with the work and pay. Press story about the 'best season in years'.")
T("She says that the man who brought her from Lagos told her she was going to be a nanny. When she reached Glasgow he said she must do 'juju' oath and she owed 35,000 euros. If she broke the oath she would go mad and her mother would die. She was put in flats across Scotland and advertised online.",
  "DEC DB IT", "", "S")
T("Report of a flat in Aberdeen being used as a brothel: different women every week, men coming and going all hours. Adverts on Vivastreet with the same phone number. Women don't seem to go out, a man brings them shopping.",
  "RM", "rm", "S")
T("Neighbour dispute Irvine: hedge height. Both parties advised. No crime.")
T("Care worker, Nigerian, came on health and care visa to a home in Dumfries. Says the employer made her pay £6,000 'recruitment cost' back from wages at £500 a month, and if she leaves she has to pay the rest at once. Works 60+ hours. Sponsor says they will cancel her visa if she complains.",
  "DB EO IT AV", "uf lh", "L")
T("Caller saw a man in a hi-vis sleeping in a van at the building site on Fountainbridge every night for a week. Thinks he might be homeless. Site manager says he is a subcontractor from Cumbria who saves hotel money, has a home and chose to sleep in his van. No concerns.")
T("INT 2/B/P: Shop on Dalry Rd selling vapes to under-18s. No other concerns.")
T("The older boys said I owed them for the phone and trainers they gave me. I had to take stuff to Arbroath on the train. They said if I stopped they would tell my mum I was a dealer and batter me. I am 15.",
  "DB IT AV", "", "C", r="high")
T("Welfare check Stornoway: Polish fish factory worker, 41, hasn't been seen for two days. Found at home with flu. Workmates worried. Employer says he gets paid fortnightly to his own bank. No concerns.")
T("Referral from Barnardo's: 13-year-old girl in Dundee, looked after child, has been getting lifts from men in their 20s, given vodka and cannabis, and has been taken to parties in flats in Lochee where she was sexually assaulted. She calls one of the men her boyfriend.",
  "AV PSV", "", "S", r="high")
T("Intelligence log 1/A/P: Source (CHIS) states ROSTAS, Florin controls a group of begging Roma women in Edinburgh city centre, drops them at Princes St and the Mound at 0800 and collects at 1800. Women hand over takings each night. Florin keeps their ID cards. One woman has a limp after he kicked her.",
  "WW RD PSV", "ced et dt ncw", "C")
T("Anonymous: why do thay always have new girls at the massage place near the bus station in perth, its open till 2am and the girls never go out they sleep there. not right",
  "RM", "swp rm", "S")
T("Debrief first person: I came from Pakistan on a student visa to study in Glasgow. My cousin arranged everything. When I came the college was closed. My cousin said I must work in his takeaway to pay him back the fees. I work from 11 in morning to 2 at night. I sleep upstairs with 5 other men. He gives me £40 a week. My passport is with him because he says it's expired anyway.\n\nMy family thinks I am studying. I did not tell them because they borrowed money for me to come and they will be ashamed. My cousin says if I go to the police they will deport me and my family will lose their land which they gave for the loan. I have a friend from the mosque who helped me to call this number. I want to finish my study one day. The other men in the flat are from Bangladesh and they have the same problem with him.",
  "DEC DB EO WW RD AC IT", "lh swp oc dt ncw foa", "L")
T("Theft of diesel from a farm near Turriff. 200 litres. Enquiries ongoing.")
T("Our agency supplies workers to a warehouse in Bellshill. Workers are paid weekly into their own accounts, no fees charged, transport is optional and free. We have had an audit from the GLAA and the client. We are writing to confirm we have no concerns following an anonymous tip.")
T("RTC A9 near Pitlochry, minibus carrying 14 fruit pickers collided with a car. 3 casualties taken to PRI. Drivers breathalysed negative. Farm confirms workers were on their way to the field at 0600.")
T("Text from public: the caravans at the farm out by Kirriemuir are honkin, 10 folk in each, nae toilets just a bucket, and the gaffer takes their money for them. wan lassie was greetin at the bus stop",
  "AC WW", "oc plc ncw", "L")
T("Person stated he was 'sold' to another man in Glasgow for £2,000 and had to work off that money at a car wash in Bridgeton. Says he was kicked and called names.",
  "DB PSV", "", "L")
T("Social work: adult with autism, 28, living in Alloa. His 'friend' moved in and now collects his PIP and ESA and gives him £10 a week. Friend uses the flat to store stolen goods.",
  "AV", "ncw", "C")
T("Caller reports large group of men in a house in Coatbridge, thinks they might be illegal. Attended: 3 Polish brothers and their families, all working, tenancy in their own names. Nothing untoward.")
T("Intel 2/B/P: Hand car wash at Kingsway, Dundee. Workers approx 8 Albanian males. Manager Kujtim KOLA always answers for them. Source states they live in a flat owned by Kola in Douglas, 'eight to a room', and rent of £70 each comes off their wage.",
  "AC", "sfw oc", "L")
T("Forced marriage unit: 19-year-old British Pakistani woman from Glasgow says her family have booked flights for her to marry her cousin in Mirpur. They have taken her passport and phone. She is not allowed out without her brother. FMPO applied for.",
  "RD RM ISO", "dt rm iso et", "", r="immediate")
T("Nails done at a place in Partick, girl doing them was lovely, spoke english fine, said she owns the shop with her sister. Just reporting because I saw the poster about slavery and felt silly but there were no signs of anything.")
T("Reported by staff nurse: man, 50s, presented with severe dehydration after working on a scallop boat out of Oban. Says he is Indonesian, hasn't been paid since March because 'the owner pays at the end of contract'. Has no phone. Skipper visited the ward and told him to say nothing.",
  "WW ISO IT", "pa iso", "L")
T("Theft by housebreaking, Bearsden. Jewellery stolen. Forensics attended.")
T("Victim says: 'They said they would show my family the video of me with the men if I tried to leave. I am from a small village and my father would kill me. So I stayed.'",
  "IT", "", "S")
T("COPFS update: accused ALI, Tariq pled guilty at Glasgow Sheriff Court to s.1 of the 2015 Act (Scotland). He held the passports of 4 Pakistani nationals employed at his restaurants in Lanarkshire and paid them £100 per month for 90 hour weeks.",
  "RD WW EO", "dt lh", "L")
T("School: P7 pupil says her mum's new boyfriend makes her do all the cleaning and cooking for the house and look after the baby instead of coming to school. Social work informed.",
  "AV", "", "D", r="high")
T("A man in Fort William says his employer at a hotel deducts £150 per week for staff accommodation from his wage of £420. He can leave, accommodation is clean, he just thinks it is too expensive. Advised to contact ACAS.")
T("Nom NGUYEN Van Thanh, 16, arrested at a cannabis factory in a bungalow in Livingston. Nguyen was found hiding in the loft. No English. Nguyen had been living inside the property. Door padlocked from outside. Age-disputed; treated as a child.",
  "AV RM", "rm swp", "C", r="high")
T("INT 3/D/P: Rumour on Facebook that the Turkish barbers in Kilmarnock are 'traffickers'. Enquiries made: barbers are family-owned, staff are British and Turkish nationals with right to work. Source appears to be a business rival. No intelligence value.")
T("On the boat we fished for 40 days without a port. The captain broke my friend's finger when he was slow on the nets. We worked until we could not stand.",
  "PSV EO", "lh", "L")
T("Caller says ex partner keeps texting her, wants police to warn him. Harassment. Advice given.")
T("Duty to Notify (adult declined NRM): Chinese national female, 45, found during warrant at a flat in Aberdeen city centre used for sex work. She says she chose to work, keeps her money and travels on her own. Said 'the boss' takes half. Did not want support.",
  "", "", "S")
T("Referral by food bank: Romanian family of 5 in Arbroath. Father works at a vegetable packhouse through an agency and says the agency takes £40 a week for transport in a van and £25 for gloves and boots. After deductions he is left with £90 a week. Children have no winter coats.",
  "", "ct ppe", "L")
T("Lady in our church (Kenyan) looks after a family's 3 kids in Newton Mearns. Says she gets £100 a month, has no room of her own – sleeps on the sofa in the playroom – and can't remember when she last had a day off. The family have her passport 'for the visa'.",
  "WW AC EO RD", "lh dt", "D")
T("Civil dispute about a second-hand car sold in Hamilton. Advised to seek legal advice.")
T("INT 2/A/P: BEKTESHI, Arben (DOB 04/09/1995) transports Albanian males from Glasgow to cannabis grows across Ayrshire. Source heard him tell one worker 'you run, I find you, I cut you'.",
  "IT", "et", "C")
T("A&E Ninewells: 22 year-old man attended with deep cuts to hands. Said he was working at a recycling plant in Dundee sorting glass with no gloves. He works 6 days, gets cash from a man called Mirek. Living in a house with 11 others. Wants to go home to Poland but says Mirek has his ID card.",
  "AC RD", "pa oc dt", "L")
T("I was told I'd be working in a beauty salon in Edinburgh. Instead I do nails from 9 in the morning till 9 at night in a shop in Musselburgh and sleep in the back on a camp bed. I am scared of police because I have no visa.",
  "DEC EO AC", "lh swp foa", "L")
T("Edinburgh Council HMO inspection: property on Easter Road with 9 occupants in 4 bedrooms, landlord holds no HMO licence. Tenants are students and pay rent themselves. Enforcement notice served.")
T("Intel 2/B/P: Male named 'Sasha' controls Ukrainian women working in a 'massage' flat in Hamilton. Source states the women were told they'd be waitresses. 'Sasha' takes all the money and gives them cigarettes and food. He has hit one of them for refusing a client.",
  "DEC WW PSV", "ncw", "S")
T("Public report: i seen a wee lassie about 12 getting into a car wi a man aboot 40 at the shops in drumchapel again, 3rd time this week, she looked out of it",
  "AV", "", "S", r="immediate")
T("Welfare visit to an elderly man in Banff. His carer is a Polish woman employed by a care agency, paid properly, lives in her own flat. She is happy. No concerns.")
T("Interpreter notes: He says he had to sign papers in English he could not read. Afterwards they said the papers meant he owed for the van, the house and the tools and the amount gets bigger every week. He has never seen a payslip.",
  "DEC DB AV", "", "L")
T("Vehicle stop on A96: Transit van with 9 men in the back on the floor, no seats, heading to a construction site in Inverurie at 0510. Driver says he charges each £15 a day for the lift, taken from their wage.",
  "AC", "ct ced", "L")
T("Counter fraud (DWP): 14 Universal Credit claims made from one address in Govanhill, all claimants Roma, bank accounts opened by the same man who keeps the cards. Claimants interviewed say they gave him their documents to 'help with the forms' and never got them back.",
  "RD AV", "dt mbc ncw sfw", "C")
T("Theft of a bike from outside the Co-op in Portree. CCTV requested.")
T("Interview note (Police Scotland NTU): IP says that her boyfriend in Romania, whom she met on Facebook, brought her to Glasgow promising they would work together in a factory. Instead he put her in a flat in Govanhill, took pictures of her and put them online. She has had to see up to 10 men a day. When she refused he burned her arm with a cigarette. He holds the money 'for their future house'.\n\nIP says she had been with him for two years in Romania and believed he loved her. She says he also has another girlfriend in Craiova who he brought to Glasgow before her, but she went home. IP was found after a client called 101 because she was crying. She has a 4-year-old son who lives with her mother in Romania; she is worried the boyfriend will go to her mother's house. She wants to give evidence but is afraid.",
  "DEC PSV WW EO", "pa", "S")
T("my flatmate keeps my rent money and wont pay the landlord, hes a chancer, what can I do")
T("Highland Council environmental health: a salmon processing plant near Mallaig has workers living in portacabins on site. Portacabins inspected – clean, heated, voluntary, no charge. Workers are paid correctly. No action.")
T("Caller concerned about her 80-year-old father in Paisley who sends money every week to a woman he met online. Romance fraud. Referred to fraud team.")
T("Intel 2/B/C: Male known as 'Uncle' collects cash from Vietnamese nail bars in Glasgow and Falkirk every Sunday. Source says the workers' wages go straight to 'Uncle' to pay for the journey to the UK.",
  "WW DB", "ncw", "L")
T("The Albanian men said my brother owed them for getting him into the UK and he would have to work off £15k in a grow house in Paisley. They took photos of our family home in Kukes and sent them to him.",
  "DB IT", "", "C")
T("Lost property: a student from Taiwan lost her passport on a bus in St Andrews. Report made for the embassy.")
T("Safeguarding alert: 34 year old female with a learning disability living with a couple in Dumfries who make her clean their house and their relatives' houses, never paid, her benefits go into their account. She is locked in her room at night.",
  "AV RM WW", "rm ncw", "D", r="immediate")
T("Organ trade: NCA intel suggests a Glasgow-based man is recruiting Pakistani nationals in debt to travel to a clinic abroad to sell a kidney. Payments of £3-5k promised. At least 2 men recruited in Govanhill.",
  "AV", "", "O")
T("Public report: the Chinese takeaway in Wick – the lad working there looks like a bag o' banes, works aw hours seven days, sleeps above the shop. Never seen him outside except at the bins.",
  "EO", "pa lh swp", "L")

# ---------------- part 2 ----------------
T("Intel 2/B/P: Source states female known as 'Mimi' (Thai, 30s) working from a flat on Bothwell St, Glasgow, advertised on AdultWork. Mimi manages own bookings, rents the flat herself and travels home to Bangkok twice a year. No third-party control identified. Grading note: no indicators of exploitation at this time.")
T("Aye the boy at the car wash in Coatbridge told me in broken english that he hasnae been paid in 3 month an the boss says it's comin. he's sleepin in the portakabin at the back. geez a shout if ye need mair info",
  "WW", "swp", "L")
T("Debrief account (translated from Romanian): 'In Romania a man named Gabi came to our village and said there was work on a farm in Scotland, £9 an hour and house included. We paid him £250 each for the bus. At the farm near Coupar Angus we were 14 in one caravan. Gabi took our bank cards saying he would put the money in for us. Each week he gave us £30. When my friend Costel asked for his card, Gabi's brother punched him in the face. We worked from 5 in the morning until it was dark, every day.' The interpreter notes that he became upset at this point and asked for a break. After the break he added: 'The farmer himself was a kind man, he did not know what Gabi did. He thought Gabi was paying us. When we left, we walked to Coupar Angus and a lady in the Co-op phoned the police for us.' He says four of the others are still with Gabi and are now working on a farm near Alyth. He does not know their surnames. He described Gabi as about 40, bald, with a tattoo of an eagle on his neck, driving a grey Dacia Logan.",
  "DEC WW AC PSV EO", "uf oc ncw plc", "L")
T("Theft of a generator from a building site in Dalkeith. CCTV shows two males in a blue pickup.")
T("GP note: Patient (M, 38, Latvian) attended with back pain after lifting at a warehouse in Livingston. Works through an agency, 40 hrs per week, paid to own account, has been offered light duties. Fit note issued. No safeguarding concerns.")
T("INT 3/C/P: Unverified – male at the Clydebank hand car wash believed to be living in the shipping container on site. Source unsure whether this is by choice.",
  "", "swp", "")
T("I know the man who brought me here keeps my passport in his car. He says I get it back when I finish paying for the flight. I clean in his house in Bishopbriggs and his restaurant.",
  "RD DB", "dt", "L D")
T("Neighbour report Stirling: loud music every weekend at No.12. Noise complaint passed to council.")
T("A man from Eritrea told our volunteer at the drop-in in Glasgow that he is not being paid by the barber shop where he has worked for two months. He has his own passport and his own room, and he has now left the job. Referred to ACAS and a law centre about unpaid wages.",
  "WW", "", "L")
T("Safeguarding referral from a primary school in Aberdeen: Child (9) regularly arrives hungry and says she has to look after her 3 younger siblings while her mother works nights. Mother works as a cleaner. No indication anyone else is involved. Family support service referral made.")
T("Police Scotland NTU debrief, IP female 26, Nigerian. IP states: 'The madam in Glasgow said I owed her £40,000 for the travel. Each week she said the food and the room were added. After one year I still owed more than the start. She locked me in the flat when she went out. She took my phone so I could not call home.'",
  "DB RM ISO", "", "S")
T("Report online: theres a guy at the top of Sauchiehall st begging every day, same spot, dropped off by a black merc at 7 and picked up at 7. he has a bad leg and cant walk proper. looks like hes from romania. someone is running him",
  "", "ced et pa", "C")
T("Local authority adult protection: 61-year-old man with alcohol dependency in Wishaw. A family from the same street let him 'stay' in their garden shed in exchange for labouring work on their driveway business. He gets drink and £10 a day. Found with untreated leg ulcers.",
  "AV AC WW", "pa plc swp", "L")
T("Caller says her Polish neighbour is hitting his wife, can hear screaming. Officers attended, male arrested for domestic assault. Wife declined support at this time.")
T("Border Force Glasgow Airport: Female (Vietnamese, says 19, looks younger) arrived from Paris on a false Korean passport. Phone contains messages in Vietnamese: 'when you land go to the toilet and wait for the man in the black hat'. She says she has a debt to 'the company' of $28,000 and was told she would work in a nail shop. Treated as a child pending age assessment.",
  "AV DB", "", "L", r="high")
T("Person reports his Deliveroo account was hacked. Cyber-enabled fraud. Advice given.")
T("Intel 2/B/P: Albanian males at a cannabis grow in Dalmarnock say they were told they were coming to work on a building site in London. They are being kept in the house with the windows boarded and cannot leave. A man 'Bledi' visits with food and takes photos of them every week 'to show the boss'.",
  "DEC RM", "", "C")
T("Our student from Nigeria asked for an extension to her coursework because she is working 2 part-time jobs. We have checked she is within the 20-hour visa limit and she is paid by both employers. No concerns, just pastoral support.")
T("She says she was working for a family in Edinburgh as an au pair from the Philippines. She was told she would get £400 a month and study English. She was never enrolled in a course. She worked from 6am until midnight looking after two children and cleaning a big house. She received £100 a month. The mother shouted at her and once slapped her. She was only allowed out to take the children to school.\n\nShe says the father of the family was rarely at home because he worked offshore, and he was polite to her. She does not think he knew about the money. She left after a mother at the school gate gave her the number of a Filipino community group. She has her passport because she took it from the drawer when she left. She wants to stay in the UK and work legally as a carer, and she is frightened the family will report her to the Home Office.",
  "DEC WW EO PSV RM", "foa", "D")
T("Intel: 3 males of Vietnamese appearance seen going into the nail bar on Cowcaddens Rd at 0830 and leaving at 2130, every day including Sunday, walked by an older male to a flat round the corner. 2/C/P",
  "EO", "et ced", "L")
T("Theft of lead from church roof, Kirkcaldy. Scaffold used. No witnesses.")
T("Victim statement, 16-year-old male from Dundee: 'Jay gave me weed and a place to stay when my maw kicked me out. Then he said I owed him £600. I had to go to Montrose and Forfar with stuff in my boxers and sell it. He said if I stopped he'd put it on Snapchat that I was a grass and his boys would stab me.'",
  "AV DB IT", "", "C", r="high")
T("Council licensing officer: visited 3 nail bars on Great Western Rd. All staff produced right-to-work documents held themselves, payroll through HMRC, working 9-6. One bar had no licence for acrylic chemicals – warning. No exploitation indicators.")
T("Press: Two men were convicted at Aberdeen Sheriff Court of fire-raising at a garage in Torry. The court heard it was a dispute over money.")
T("Intel 2/B/C: Organ trading. Source states a Glasgow-based 'fixer' has arranged for two women from Nigeria to travel to Scotland with the promise of nursing jobs, with the intention that they be taken to a private clinic in Turkey to have a kidney removed. Flights booked for next week.",
  "DEC", "", "O")
T("Complaint from a tenant in Dundee that her landlord entered the flat without permission. Civil matter.")
T("caseworker (TARA): Woman, 41, Chinese, found at a flat in Edinburgh's Southside during a police visit. She says she owes 'the snakehead' £30,000 and sends all money from clients to a man by WeChat. She only goes out to the shop on the corner. She is frightened of deportation and did not want to speak to police at first.",
  "DB WW", "foa ncw", "S")
T("Parent reports 14-year-old son receiving messages on Instagram from older males offering £100 to 'carry a bag' to Perth. Son has not gone. Parent wants advice. Police to visit.",
  "AV", "", "C", r="high")
T("Public report: a lassie wi a bairn in a buggy sits begging at the station in Aberdeen every day, she's dropped aff in a white car and a man comes and takes the money aff her every hour",
  "WW", "ced ncw", "C")
T("GLAA: Gangmaster licence revoked. The licence holder supplied Polish and Lithuanian workers to a poultry factory in Lanarkshire and charged each of them £300 as a 'registration fee', £12 a week for hi-vis and gloves, and £8 a day for transport. Workers were housed 6 to a room in a house he rented. Payslips showed pay routinely going to an account in his name.",
  "WW AC", "uf ppe ct oc ncw", "L")
T("A man called 101 to say his passport had been stolen from his hotel room in Inverness. Crime report raised.")
T("The woman I work for in Kelvinside took my passport on the first day. I cook, clean, wash clothes, look after her mother. I sleep in the utility room. She says I'm not allowed to have a phone because I will talk to other maids. I have not been paid for 7 months, she says she will pay me when I go home.",
  "RD WW ISO AC", "swp plc", "D")
T("Intel 1/B/P: TRAN, Huu Duc (DOB 02/02/1990) owns 5 nail bars in Falkirk, Stirling and Alloa. Staff are paid via Tran's accountant into accounts held at one Falkirk address. Bank records show the cards used at one cash machine. Staff live above the Stirling shop.",
  "WW", "ncw mbc swp", "L")
T("Missing person: Female 15 from a residential unit in Midlothian. Returned after 2 days. Said she'd been with friends in Edinburgh. Return interview: no concerns raised, she was at a friend's house whose parents confirmed.")
T("He said he'd kill me if I left. So I didn't leave.",
  "IT", "", "")
T("Debrief: I worked on a fish farm in the Highlands for a company from Ukraine. We worked in the cages in winter with no drysuits. The manager said if we get sick we lose our job and go home with nothing. We were 8 men in a two-room house, 30 minutes by boat from the village and no boat for us. We were paid but he deducted £200 a month for the house. The company gave us warm food at work and the foreman from Skye was a good man, he tried to get drysuits for us but the office said no money. In the spring two men cut their hands badly on the nets and had to wait one day for the boat to the hospital. I came back to Ukraine in May. I still want to work in Scotland but not for this company.",
  "AC ISO", "oc plc iso", "L")
T("Shopkeeper in Leith reports two boys, about 12 and 13, who come in every day and steal sweets and energy drinks. Parents contacted. Youth justice.")
T("Referral from Medaille Trust: Slovak man, 52, with a learning disability, picked up from a homeless shelter in Edinburgh by a couple who promised paid work. Taken to a farm in the Borders, made to lay slabs and clean stables, slept in a horsebox, paid in cigarettes. Beaten with a stick when he tried to walk to the village.",
  "AV DEC WW AC PSV RM", "swp plc", "L")
T("POI STEWART, Lee arrested for possession with intent at a flat in Hawick. Flat is his own tenancy. No vulnerable persons present.")
T("A customer at our car wash in Dunfermline asked if the lads were OK because they looked cold. We are a family firm, the lads are on contracts, 40 hours, paid weekly into their own banks, and they have a heated cabin. Happy for anyone to come and check.")
T("Debrief (Polish interpreter): He says the man who recruited him in Gdansk told him he would earn £2,000 a month on a construction site in Glasgow. On arrival his ID was taken 'to register him with the agency'. He worked 12-hour shifts seven days a week. After three months he had received £150 in total. The man said the rest went on rent, transport and tools. When he complained he was told 'you know what happened to Pawel'. He explains that Pawel was a worker who had argued with the boss the previous year and had been found beaten outside a pub in Springburn. He says there were about twenty workers, all Polish, living in two houses in Possilpark. The boss drove them to the site every morning in two vans. He says he left after a foreman from another firm on the site gave him the number of a Polish charity. He still has no ID card and is afraid to travel home without it.",
  "DEC RD EO WW IT", "ct et", "L")
T("ASB: youths throwing stones at buses in Niddrie. Dispersed.")
T("ya know the shop on Victoria Rd govanhill wi the mobile phone repairs? there's a back room wi lassies goin in and oot at night and men aw ages. wan looked aboot 16. ah think its a brothel",
  "AV", "", "S", r="high")
T("Intelligence log 2/B/P: Three Vietnamese nationals arrested at a cannabis farm in a former shop in Dundee. All adults. All state they came to the UK voluntarily, live elsewhere and are paid by the grow owner. None disclosed being held or threatened; interviewed with interpreter. NRM offered and declined; DtN not required as no indicators disclosed.",
  "", "", "")
T("A man from Sudan told the Red Cross he came across the Channel by boat and owes the smugglers in Calais £2,000 which his family paid. He is in asylum accommodation in Glasgow and is not working. No onward exploitation reported.")
T("Caller concerned: she answered an advert for a modelling job in Edinburgh on Instagram. The 'agent' asked her to send intimate photos and pay £200 for a portfolio. She refused and reported. Fraud and possible grooming.",
  "", "uf", "")
T("NHS Highland: Filipino crewman from a scallop dredger in Kinlochbervie brought in with crushed fingers from the winch. Skipper says it was an accident. Crewman says he has worked 10 months without a day ashore, has no contract, and his passport is 'with the boss in Aberdeen'. He sends nothing home because he has not been paid.",
  "EO RD WW RM", "pa", "L")
T("Intel 3/C/P: FERGUSON, Dale allegedly running a 'cleaning business' using men from the Glasgow City Mission. Men get £20 a day and a bed in a house in Barrhead. Not known if controlled.",
  "AV", "", "L")
T("Child (11), Romanian, seen in Glasgow Central at 10pm selling The Big Issue without a badge. Adult female nearby watching. Officers spoke to them – she is his mum. Told child should be at home, social work notified.")
T("I was 14 when I came from Vietnam. A man put me in a house with plants. I did not know which city. He came every week with rice and noodles. He said if I ran the police would put me in prison and my parents would have to pay the debt.",
  "AV ISO IT DB", "", "C", r="high")
T("Fraud alert (RBS): Customer with very limited English opened account in Aberdeen, accompanied by a man who did all the talking and kept the card and PIN letter. Since then the account receives wages from a fish processing company and is emptied weekly by a card used in Peterhead.",
  "WW", "sfw ncw", "L")
T("Reported fly-tipping in a lay-by near Lanark. Council informed.")
T("Statement of witness (shop assistant, Bathgate): A man comes every Friday to collect the rent of the Indian lads who work in the restaurant next door. They have to pay him at the counter here. He calls them names and once slapped one of them in front of me. They work there every day from about 10 till 1am.",
  "PSV EO", "", "L")
T("Probation: Service user on CPO says his employer at a scrapyard pays him in cash and sometimes late. He is free to leave and has his own accommodation. Advised re employment rights. No exploitation indicators.")
T("Nom OSEI, Kwame. Intel suggests Osei meets young Ghanaian women at Glasgow Airport and takes them to a flat in Cambuslang where they are told they must have sex with men to pay for the visa he arranged. 2/B/P",
  "DB", "", "S")
T("Social work: Mrs K (Pakistani, 28) married in Pakistan and brought to Kilmarnock two years ago. Her in-laws keep her passport and spousal visa papers, she cooks and cleans for 11 people, is never allowed out alone and has no money of her own. Husband hits her. Mother-in-law told her that if she complains she will be sent back and lose her son.",
  "RD RM PSV IT AV", "ncw", "D")
T("Motorist reports a lorry on the A90 swerving; driver found to be over the limit. Arrested.")
T("Intel 2/B/P: Cuckooing at a flat in Shettleston. Occupier, a 70-year-old woman with dementia, has young men from Manchester staying who deal crack from the flat. She has been found locked in her bedroom by her carer.",
  "AV RM", "", "C", r="immediate")
T("Our church supports a Sri Lankan family who are living with relatives in Glasgow while their asylum claim is pending. They share a 3-bedroom flat, 9 people. The relatives do not ask them for money or work. We just want advice on housing.")
T("Complaint about a man in a van selling 'cheap' frozen fish door-to-door in Buckie. Trading standards.")
T("My son (19) has Down's syndrome. He was befriended by a man at the bus station who now takes him to Aldi in Hamilton every day to steal meat and coffee. The man keeps the stuff and gives my son a McDonald's.",
  "AV", "", "C")
T("INT 2/B/P: VRM SX16 LKF (white Ford Transit) collects up to 12 males from a house in Kilwinning at 0450 daily and returns after 2000. Source states males pay the driver £10 a day each. They work at a meat plant. Nothing else known.",
  "", "ced ct", "L")
T("IP is a 23-year-old woman from Brazil. She came to Edinburgh for what she was told was a job as a hostess in a bar. The owner told her she must 'be nice' to customers and took her to a hotel where she was raped by a customer. She was then told she now owed money for the flight and the hotel.",
  "DEC PSV DB", "", "S")
T("Dispute between two taxi drivers at Waverley rank. Verbal only. Words of advice.")
T("Teacher: one of our S5 girls (16) has been seen getting into different cars after school. She has an expensive handbag and a new phone. She told a friend she 'has to go to parties' for a man called Kash to pay back the money for her phone.",
  "AV DB", "", "S", r="high")
T("Intel 3/D/P: Caller believes Chinese restaurant in Oban is 'full of illegals'. Check: staff on valid visas, paid through payroll, own accommodation. No further action.")
T("Rescued from a flat in Aberdeen: two Romanian women told police that they had been brought to Scotland by a man called Florin who said they'd work in a hotel. They were forced to have sex with up to 15 men a day and handed all the money to Florin. Florin kept their ID cards and phones. One had been pushed down the stairs when she refused. Both women were taken to Aberdeen Royal Infirmary and then to TARA safe accommodation in Glasgow. Florin, a 32-year-old Romanian national, was arrested at a flat in Torry where officers found £14,000 in cash, eight phones and a notebook of clients. A third woman at the Torry flat said she was his partner, was not involved, and had no idea what was going on; she was not arrested. Enquiries with Romanian police continue through the liaison officer.",
  "DEC PSV WW RD ISO", "ncw", "S")
T("Walked past the mushroom farm near Tain at 11pm, lights on, people still working. Might be nothing. They're always working late and there's a minibus at the gate first thing.",
  "", "ced", "")
T("Housing association: tenant in Cumbernauld says her son's friends are storing 'stuff' in her flat and she is scared of them. She says they don't make her do anything else. Police informed, possible cuckooing.",
  "", "", "C")
T("A patient requiring dialysis at Glasgow Royal Infirmary asked the renal nurse if it is possible to buy a kidney from abroad. Nurse advised this is illegal. No further info. Noted for awareness.")
T("Intel 2/B/C: Male POI using Telegram to recruit Scottish students in debt to sell a kidney in a clinic in Pakistan for £5,000. At least one student from Dundee known to have travelled and returned with post-op scarring.",
  "AV", "", "O")
T("Anonymous note through the door of Govan police office: 'the lads in the flat at 4/2 are made to work at the scrap yard, they dont get paid, the big man hits them and has their passports. they are scared to come out.'",
  "WW PSV RD", "foa", "L")
T("Reported lost dog, Aviemore. Found.")
T("Debrief, Albanian woman, 22 (interpreter): 'My boyfriend Endri said we would go to England to work in a café. But in Glasgow he said I had to work with men because he owes money. He said if I did not do it, his friends would hurt my little brother in Shkodër. He took all the money. I was in the flat all day. I was allowed out only with him.'",
  "DEC IT WW RM", "", "S")
T("HMRC: Nail salon in Falkirk paying staff below minimum wage by about £1/hr. Staff have contracts, own accounts and take their wages. Arrears recovery notice issued.")
T("Public report: my neighbour in Peterhead is a fisherman from Ghana, he told me he's on good money and the boat looks after him fine. i only worried because of the news about fishermen. everything seems fine")
T("Intel 2/B/P: HUSSAIN, Imran is alleged to have brought 3 Bangladeshi men to work in his takeaway in Irvine. They sleep in the storeroom on flattened boxes and work from 11am until 3am. He has told them immigration will deport them if they leave.",
  "AC EO IT", "swp plc", "L")
T("Caller saw a group of Roma children aged about 8–12 shoplifting in Primark Glasgow while an adult male kept lookout and took the items from them outside.",
  "AV", "", "C", r="immediate")
T("Farmer near Blairgowrie phoned to ask how to check workers' right to work. Advised. No concerns.")
T("I am from India and worked as a chef in a restaurant in Perth. I was paid £1,200 per month to my own account and had a flat with one other chef. I had to work 48 hours which is in my contract. The owner once paid late but paid. I am just asking if I can change employer on my visa.")
T("Debrief: 'My employer at the hotel in Aviemore took my passport at the start and said it was for the police registration. He never gave it back. I was paid £2 an hour in cash. I worked 14 hours and slept in a room with 5 other kitchen staff. If I asked for money he said, go back to Romania then.'",
  "RD DEC WW EO AC", "oc", "L")

# ---------------- part 3 ----------------
T("OIC handover, Op MEADOW, day 3. Warrant executed at 14 Craigpark Dr, Dennistoun 0600. Four adult males (Vietnamese) found in the property, which contained an established cannabis grow across three rooms. All four were sleeping on mattresses in the hall. None had phones or any belongings beyond the clothes they wore. Two disclosed through the interpreter that they were brought from London in the back of a van and did not know which city they were in. The electricity had been bypassed and there were exposed cables over wet floors. All four referred to the NRM (consented). Separately, the owner of the property, MACKAY, Iain, has been traced to Spain; he states he let it through an agent in good faith. Enquiries continue with the letting agent.",
  "ISO AC", "swp fpe plc", "C")
T("Caller in Hamilton reports that a man selling dusters and tea towels at her door said he was 'on a rehabilitation scheme'. Trading standards advice given. Seller was a local adult with his own business.")
T("Scots Fiscal update: The procurator fiscal has marked the case against WOJCIK, Piotr for prosecution on petition under s.1 and s.4 of the Human Trafficking and Exploitation (Scotland) Act 2015. It is alleged he recruited 9 Polish men with alcohol problems from soup kitchens in Glasgow, housed them in a condemned cottage near Biggar, and made them work unpaid on his tree-surgery jobs while feeding them vodka.",
  "AV WW AC", "plc", "L")
T("I want to report my cousin's husband. He brought a girl from Bangladesh to their house in Dundee saying she is a relative who will study. She does all the housework and minds the children, never goes to school. She is 15. She eats after everyone and sleeps in the kitchen.",
  "AV DEC AC", "swp", "D", r="high")
T("101: motorist reports sheep on the A82 near Crianlarich. Farmer contacted.")
T("Intel 2/B/P: POPESCU, Nicoleta collects the wages of 6 Romanian women employed at a laundry in Paisley through her own company. She pays them '£50 when they need it'. The women live in her house in Ferguslie Park and she drives them to and from work every day.",
  "WW", "ncw et", "L")
T("I am safe now. I want to say how it was. They told me in Hanoi it was restaurant work, good money. When I reach the UK I sit in a room for many days. Then they take me to a house in Scotland, I don't know where, with the plants. No window, the door has a lock on outside. I eat noodle. I sleep on floor next to the lamps. It is very hot. I do not go outside for four months. When police come, I am hiding in the cupboard. I think they will beat me. But they give me water and a coat. Now I am in a house with a support worker. I want to say to my mother I am safe. I do not know the name of the men, only that one is called Tuan and he has a car with black windows. He told me the police in Scotland will put me in prison for ten years if they find me, so I must never speak to them.",
  "DEC RM ISO AC IT", "swp plc foa", "C")
T("School nurse: Pupil (13, F) disclosed that she had been sent pictures by an adult man on Snapchat and asked to send pictures back. Police notified. Child is at home with supportive parents. Online grooming investigation opened.",
  "AV", "", "S", r="high")
T("Salvation Army reception: Man, 57, Lithuanian, says he was picked up outside a job centre in Edinburgh and offered work 'on the farms'. For two years he worked picking and packing around Fife, living in a caravan without electricity. The 'boss' took his bank card, his benefit card, and his ID card. He never saw his wages. He was told that if he went to the police he would be deported because he had no settled status.\n\nHe says there were three other men in the same situation, two Lithuanians and a Latvian. One of them, 'Vytas', is very ill and still in the caravan. He describes the boss as a Lithuanian man in his 50s named 'Rimas' who also supplies workers to a potato grower. He was brought to the Salvation Army by a woman from his church in Kirkcaldy who found him sleeping in the porch. He wants to help the police but is scared of Rimas's sons. He has been given emergency accommodation.",
  "DEC AC RD WW IT AV", "plc ncw", "L")
T("Burglary at a caravan park near Dunbar; TV and bikes taken.")
T("witness statement (extract): 'I run the café next to the car wash. The boys that work there come in for rolls, they're always cheery, they talk about football and their holidays back in Kurdistan. The owner Baz treats them well, I've seen him pay them. I don't think there's anything going on.'")
T("Social media screenshot forwarded by a member of the public: advert for 'sweet young Asian girls, new in Edinburgh, 24/7 outcall'. Phone number 07700 900123. The same number advertised in Glasgow and Aberdeen the previous week.",
  "", "", "S")
T("Nom GRANT, Stephen (DOB 23/11/1979). INT 2/B/P suggests GRANT is running 'tick' (credit) to heroin users on the Raploch estate and taking their bank cards as security, then making them shoplift to order to clear the debt.",
  "DB AV", "ncw", "C")
T("GLAA: Unannounced inspection of a salad packhouse in Fife. 200 workers via 2 licensed labour providers. Workers interviewed in Romanian and Bulgarian: all say they get payslips, can leave, hold their own documents. A small number said the accommodation the provider offers is expensive at £95 a week, but it is optional. No breaches.")
T("Call from Inverness bus station: woman in her 20s, scared, no English, no money, with a piece of paper with an address in Aberdeen. Says through language line that she was told to get on the bus and meet 'Tony'. She is afraid of him. Officers took her to a place of safety.",
  "", "fpe", "")
T("A&E Aberdeen Royal Infirmary: Male, 30s, Nigerian, post-surgery wound infection from a nephrectomy (kidney removal) performed 4 weeks ago in an unknown clinic abroad. States he was paid but not how much. Wants no police involvement. Safeguarding notified.",
  "", "", "O")
T("Child protection (Highland): Girl (15) in Inverness is in a relationship with a 24-year-old man who supplies her with alcohol and drugs. She has been taken to hotels in Aberdeen by him and other men. He has threatened to share intimate images if she tells anyone.",
  "AV IT", "", "S", r="immediate")
T("Debrief: 'I was promised work in the kitchens of a big hotel in Edinburgh, and the man in Dhaka took £8,000 from my family for this visa. When I came there was no job. He sent me to his friend's takeaway in Motherwell. I have to wash dishes 13 hours. He gives me £60 a week. He keeps my BRP card. He said if I leave he will tell the Home Office and I will be arrested.'",
  "DEC DB EO WW RD IT", "uf", "L")
T("Council: Complaint about an unlicensed HMO in Bridgeton. 7 young Scottish men renting rooms, paying their own rent, working in various jobs. HMO licence required; landlord warned.")
T("Report from the public: 'there's a wee woman from Poland in the big house at the end of our road in Milngavie, she's been there three years, she does everything for the family, but she has her own car and goes out on her days off, she's always smiling. Just mentioning it after I saw the advert on the bus.'")
T("Intel 2/B/P: Female Romanian 'RADU' believed to be recruiting homeless Romanian women sleeping rough in Glasgow to sit begging outside supermarkets in Bearsden and Milngavie. Radu takes all the money at night and gives them a kebab and a bed in an overcrowded flat.",
  "AV WW AC", "oc ncw", "C")
T("Disturbance at the Ness Islands, teenagers drinking. Dispersed.")
T("She says she is from Eritrea and is 17. She lives with a family from her home country in Glasgow who took her in when she arrived. At first they were kind, but now she must clean the house and look after the youngest child all day. They do not let her go to the college where she was enrolled, and they took the phone the social worker gave her. She says she is afraid to go outside because the man said the police would put her in detention.\n\nShe also says the woman of the house is kind to her sometimes and gives her food, and that the older daughter has helped her with her English. She does not want the family to be in trouble. She asked whether she would have to go to court. She has a social worker from the council, who visited once in March and spoke to her in front of the family. Her age has not been formally assessed; she has a copy of her baptism certificate which gives her date of birth.",
  "AV RM ISO IT", "foa", "D", r="high")
T("Bank (Clydesdale) SAR: Account of Mr S, a 64-year-old Scottish man with early dementia, shows his pension being withdrawn by a card used by his nephew. No suggestion he is made to work.",
  "", "ncw", "")
T("GLAA warning: labour provider for a seafood factory in Fraserburgh has been charging new workers £150 for a 'medical' and £40 for boots and gloves. No other issues found: workers paid correctly, no evidence of control.",
  "", "uf ppe", "")
T("texted the helpline: man at my work (construction, Leith) says he pays a guy £50 a week cos he got him the job and if he stops paying he'll be sacked and the guy knows where his wife and weans stay",
  "IT", "", "L")
T("Intelligence: Over the last year, organised crime group linked to Glasgow has moved Vietnamese adults to grow sites in Lanarkshire, Fife and Aberdeenshire. Workers are rotated every 4-6 weeks, driven at night with windows blacked out, and not told where they are. 2/B/P",
  "ISO", "et", "C")
T("A man with a kidney transplant from a living donor (his brother) at the Western General was reported missing by his wife. He was found at a friend's house. No concerns.")
T("Witness, Perth: 'I saw him grab the lassie by the hair and drag her back into the car. She'd been trying to get away. He shouted she still owed him. She's one of the girls that works from the flat above the bookies.'",
  "PSV RM DB", "", "S", r="immediate")
T("INT 3/C/P: Rumour at a Sikh temple in Glasgow that a family has brought a widow from Punjab to look after their elderly parents for no pay. Family spoken to: she is the mother of the householder, lives with them as family and has her own money. Unfounded.")
T("Nail bar in Kirkcaldy: girl, 16 or 17, Vietnamese, seen by Trading Standards doing nails at 8pm. Manager said she was 'learning'. She looked very thin and would not make eye contact. Manager answered for her. Referred to police and social work.",
  "AV", "pa sfw", "L", r="high")
T("Theft of catalytic converters, Larbert, 3 cars overnight.")
T("Long-term resident of a Glasgow hostel tells his support worker he was promised £80 a day to clear out a warehouse in Cambuslang. He did the work for 3 days, was paid £40 total, and said the man was 'a rogue' but he has walked away and isn't going back. Support worker asks if it's worth reporting.")
T("Debrief (Tigrinya): She says that in Khartoum she was kept in a house by the traffickers for two months. The women were raped by the guards. Their families were called and told to send money or the women would be sold. After payment, she was moved to Libya and then Italy. In Scotland she has not been exploited.",
  "PSV RM IT", "", "S")
T("Public report: me and ma pal seen 2 lassies aboot 14 gettin oot a taxi wi 3 auld guys at a hotel in glasgow at 2am on saturday, they looked steamin",
  "AV", "", "S", r="immediate")
T("Labour market enforcement: employer in Dundee paid two Romanian warehouse workers their final wages two weeks late following a payroll error. Workers have since been paid in full. Complaint closed.")
T("INT 2/B/P: Vehicle SK21 HRT seen dropping 5 males at a hand car wash in Ayr. Males appear to live in the car wash office, seen washing in the outside tap at 0600. Driver always speaks for them when customers ask anything.",
  "AC", "swp plc sfw", "L")
T("OIC note: Woman approx 40, Filipino, attended Govan police office. She says she came with a Saudi family on holiday to Edinburgh and ran away from their hotel. She worked for them in Riyadh for 6 years, 18 hours a day, was paid only twice and her passport was kept by the madam. She had never been allowed to go out alone. She has no belongings.",
  "EO WW RD RM", "fpe", "D")
T("Call from a pub in Ullapool, fight outside. Two men arrested for breach of the peace.")
T("Caseworker (Kalayaan-style note): The worker says her employer provides her with her own room, pays her the agreed £1,000 a month into her own account, and she keeps her own passport. However, she is unhappy because she often works until 9pm and has no day off at the weekend.",
  "EO", "", "D")
T("Intel 1/B/P: Source states 'Tam' (MCGUIRE, Thomas, DOB 14/07/1983) has a group of lads from the children's units working the Granton line. They are told their debts go up by £100 every time they get lifted by police. One lad was slashed when he lost a bag.",
  "AV DB PSV", "", "C", r="high")
T("Missing Chinese student, Aberdeen University. Found in London, had gone to visit friends. Safe and well.")
T("The agency in Bucharest said my job in Scotland was in a hotel laundry. When we arrived in Glasgow they put us in a chicken factory instead. The work is OK and they pay on the card, but the job was not what they said and the rent they take for the house is double what they told us.",
  "DEC", "", "L")
T("Report from a member of the public in Stonehaven: neighbours' au pair from Spain is 19, lovely, works mornings, goes to college in Aberdeen in the afternoons and has a boyfriend. Nothing wrong, I just wanted to say not everyone is exploited.")
T("Intel 2/B/C (C: not to be disclosed to the employer): Source at a food factory in Bathgate states about 30 Eritrean and Sudanese workers are paid through one 'supervisor' who takes £80 a week from each for 'getting the job'. Workers who question this are given no shifts.",
  "WW", "ncw", "L")
T("An individual reported that his mother, who lives in Thurso, is being befriended by a younger man who takes her shopping. He is worried but she says he's her friend and she hasn't given him any money. Advised.")
T("Victim account (written by victim, translated from Vietnamese): 'They took my phone at the beginning, they said so the police cannot track. For 6 months I only talk to the other girl in the nail shop. I work every day, never rest. I get no money, the boss says the money goes to pay my uncle's debt in Vietnam.'",
  "ISO EO WW DB", "", "L")
T("Neighbour dispute over a parking space in Corstorphine. No crime.")
T("Debrief, male 29 (Sudan), via Arabic interpreter: He says that the man who ran the car wash in Dunfermline pushed his head under water in a bucket when he dropped a sponge, as a punishment. He says that he slept in the container with five others. He says his pay went 'to Abu Ali' and he was given £20 for food.",
  "PSV AC WW", "swp oc", "L")
T("Immigration Enforcement visit to a construction site in Edinburgh: 2 Brazilian men found working without right to work. Both had their own passports, rented their own flat, paid in cash by the subcontractor. No exploitation indicators; both arrested for immigration offences and released on immigration bail.")
T("Anonymous online: WHY IS NOBODY DOING ANYTHING ABOUT THE NAIL BAR IN KILMARNOCK THE GIRLS ARE THERE TIL 10 AT NIGHT 7 DAYS AND THEY SLEEP UPSTAIRS AND THE MAN TAKES THEM TO THE BANK AND DOES ALL THE TALKING!!!!!!",
  "EO", "swp et sfw", "L")
T("Caller (Stornoway) reports her car windscreen was smashed. Enquiry ongoing.")
T("A 17-year-old boy from Albania was found in the back of a lorry at Cairnryan. He says he was told he would work in a car wash in Glasgow to pay back €10,000 for the trip. The men who arranged it have his mother's address.",
  "AV DB IT", "", "L", r="high")
T("GP: 35-year-old Romanian man, back injury from lifting at a construction site. Says his boss pays him in cash, less than the others, but he has his own flat and can leave whenever. Doesn't want help. No indicators.")
T("INT 2/B/P: Flat 0/2, 41 Allison St, Govanhill. Six Roma men aged 18-50 believed to be controlled by NAGY, Laszlo. Source states Nagy opened bank accounts in all their names, keeps the cards, and makes them apply for jobs at a distribution centre through an agency. Their pay goes into the accounts and Nagy withdraws it. They are given £20 a week each.",
  "WW", "mbc ncw", "L")
T("Our neighbour is a lorry driver who sleeps in his cab at the depot in Larkhall during the week – he's from Lanark and goes home at weekends. Someone reported him as a trafficking victim. He was mortified. No concerns.")
T("She says that the Chinese man who brought her from Fujian said she would work in a restaurant. On arrival in Scotland she was taken to a flat in Dundee and told to give massages. Later she had to have sex with clients. She was not paid, all money went to the 'laoban'. She was moved every two weeks to a different city and did not know where she was.",
  "DEC WW ISO", "", "S")
T("Shoplifting at Boots, Princes St. Female adult, lives locally, known to police for drug use. Charged.")
T("A&E Glasgow Royal: 19-year-old British woman, attended with boyfriend, facial injuries. Says she fell. Nurse concerned re DV. Woman later disclosed boyfriend makes her have sex with his friends for money and keeps the cash for drugs.",
  "PSV WW", "pa", "S")
T("A young man from Vietnam (17) told his foster carer in Falkirk that he must send £200 a month to a man in Birmingham or his family will be hurt. He has a part-time job and gives almost everything to the man.",
  "AV IT DB WW", "", "L", r="high")
T("Fire at a takeaway in Kirkcaldy. Accidental. No one injured.")
T("Caller: 'My pal Kasia is a cleaner for a company in Edinburgh. She told me the boss keeps her passport in a safe at the office because he says it's safer there. She can get it whenever she asks though, she got it last month for her holiday.'")
T("Interpreter (Urdu): The woman says her husband's family brought her to Glasgow after the marriage in Lahore. She says that she is not allowed to leave the house, they took her phone, and she must cook and clean for the household from early morning until late night. She says she is not given any money. She says her husband beats her when the food is late.",
  "RM ISO EO PSV", "ncw", "D")
T("Angus Council: Report that workers on a raspberry farm near Forfar are sleeping in a polytunnel. Visit: workers had been rehoused in new cabins the previous week after a storm damaged the caravans. Temporary measure only. No other concerns.")
T("INT 2/C/P: ANDREI (surname unknown) makes Romanian men sign over their Universal Credit and open accounts in their names for him. He uses the accounts to launder money. The men are scared of him; one said Andrei threatened to break his legs.",
  "IT", "ncw mbc", "C")
T("Highland Council: Inspection of fish farm staff housing near Ullapool. 4 workers in a 4-bedroom house. Workers from Chile and Poland. All good, all employees of the company, contracts seen. No issues.")
T("Debrief: 'I went with the man from the village in Nigeria because he said there was a family in Aberdeen that needed a nanny and would pay for my school. When I came, the woman took my passport. I wake at 5, I work until midnight, I do not eat with the family. When I cry, she says I am ungrateful and she will send me back to nothing. I never get money. I am 16.'",
  "AV DEC RD EO WW IT", "", "D", r="high")
T("Caller reports suspicious males taking photographs of houses in Stirling. Checked: surveyors from the council.")
T("Intel 2/B/P: Cannabis farm dismantled in Cowdenbeath. Nobody present. Grow sized 200 plants. No information on gardener.")
T("I am a lorry driver. At Rosyth I saw a young woman crying in the passenger seat of a car with a man who looked much older. She mouthed 'help'. Car reg SY19 XDF. They drove off to the ferry.",
  "", "", "", r="immediate")
T("Procurator fiscal note: Accused O'NEILL, Sean charged with s.1 HTE(S)A 2015 in relation to 3 Irish Traveller men with learning difficulties who were made to work tarmacking driveways in Ayrshire for no wages, housed in a shed without a toilet, and kept under his watch at all times.",
  "AV WW AC RM", "plc", "L")
T("A Ukrainian woman under the Homes for Ukraine scheme says her host family in Perth make her clean their house and cook for them every day. She wants a different host. Council says she has no obligation; host says she offered to help. She has her documents, her own bank and money. Rematching arranged.")
T("Public report: theres a man in a wee room in the back of the chip shop in Buckie that never gets oot, he cooks and cleans aw day and night, hes aff the boats originally. he looks peely wally and thin",
  "EO", "swp pa", "L")
T("Intel 1/A/P: Female (Hungarian, 25) controlled by her partner MOLNAR, Zoltan, who advertises her on Vivastreet in Glasgow. Source states Molnar controls all her money and has threatened to kill her if she leaves him. Source saw bruises on her neck.",
  "WW IT PSV", "ncw pa", "S")
T("Care Inspectorate: A care home in Inverclyde found to have staffing shortages; nurses working double shifts. Staff interviewed: paid overtime at premium rate, voluntary. Improvement notice on staffing levels only.")
T("Sudanese man, 24, says he is paid £4 an hour at a warehouse in Glasgow through an agency. He has his own account and passport. He wants to complain about the low pay. Referred to HMRC NMW team.")
T("NRM referral extract: 'Potential victim (M, 31, Slovak) was brought to Scotland by a Slovak couple who recruited him from a Roma settlement near Kosice. They told him he'd earn £1,500 a month in a factory. He has been made to work at a recycling centre in Cambuslang, 12 hours a day, and sleeps in a room with 8 others at the couple's house. They took his ID card. He gets £10 a week for cigarettes.' The referral adds: 'He has a hearing impairment and cannot read. He was found by a worker at the recycling centre who noticed him eating from the bins at lunchtime. The couple, named as Milan and Jana, also have two other men in the house. Police Scotland informed, crime reference supplied. PV consents to the NRM and asks for an interpreter in Slovak (he does not speak Romani). He has a mobile phone given by the charity and can be contacted on it.'",
  "AV DEC EO AC RD WW", "oc", "L")
T("Person called to say her son's bike was stolen from the garden in Ellon.")
T("Midwife note (Edinburgh): Mother is a Chinese national, 28, attending all appointments alone, has her own flat and a partner who supports her, works in a family business. She asked about nursery places. No concerns.")
T("Intel 2/B/P: GJONI, Erion using Snapchat to recruit Scottish teenage boys in Renfrewshire to move cannabis between Paisley and Greenock. Boys paid in 'credit' and then told they owe him money for the drugs 'lost'. One boy (15) was held at knifepoint in a car for 3 hours.",
  "AV DB PSV RM IT", "", "C", r="high")
T("My name is Ana. I came to Scotland to pick berries near Blairgowrie. The farm was good, paid every week, but the lady who drove us from Bulgaria charged us £300 for the trip which she said would be £150. She did not take our passports. I think she cheated us but I am ok.",
  "DEC", "uf ct", "")
T("Border Force note, Aberdeen Harbour: Three Filipino crew members of a trawler, interviewed at the port. They say their contracts with the agency in Manila state $1,000 a month but they have been told to sign new contracts in Scotland for $500. They feel they cannot refuse because the agency has their passports and they are 'in debt' for the placement fee.",
  "DEC RD DB", "uf", "L")
T("Road traffic offence, M9 Stirling. Speeding 102 mph. Reported to PF.")
T("Social work: A 70-year-old woman in Dundee tells her social worker that her son has moved his friends in and they sell drugs from her house. They lock her in the bedroom when they have 'visitors'. She is scared to say anything in case they hurt her.",
  "AV RM", "", "C", r="immediate")
T("Debrief: 'When I said I wanted to leave, the manager said: you remember Ionut? He left and nobody ever saw him again. Then he laughed.' The man says he understood that as a threat to his life. He worked in the kitchen of a hotel on the West Coast.",
  "IT", "", "L")
T("Caller concerned about a man working on a roof in the rain in Hamilton without a harness. HSE referral. He is the owner of the roofing business.")
T("Public report: cars coming and going to the house in Kilmarnock all night, young lassies. I dont want to give my name I'm feart. the guy that lives there is aboot 30 and has a BMW",
  "", "", "")
T("Intel 2/B/P: Over the past month, the same Ford Galaxy (SV68 YTN) has taken 4–5 women from a flat in Dundee to hotels in Perth, Stirling and Edinburgh. The driver waits outside each hotel for about an hour. One woman was seen with a black eye.",
  "PSV", "et pa", "S")
T("OIC update: Organ harvesting investigation (NCA lead). Victim (M, 28, Moldovan) says he was lured to a clinic in Istanbul with the promise of a job as a driver and woke up missing a kidney. He was then brought to Scotland to work on farms near Perth to pay off 'medical costs'. Now in Salvation Army care.",
  "DEC PSV DB", "", "O L")
T("HMRC NMW: A Glasgow restaurant made unlawful deductions for uniforms from 5 workers' pay. All workers were paid otherwise and hold their own documents. Arrears of £1,400 paid.",
  "", "ppe", "")
T("A woman phoned the Helpline from Aberdeen, afraid. She said she has been told to marry a man for his visa, and if she says no her uncle will send her brother's debt collectors after the family. She is 22 and has been staying with the uncle.",
  "IT", "", "")
T("Complaint from a customer at a nail bar in Edinburgh that her nails were infected. Environmental health visit; hygiene notice only.")

# ---------------- part 4 ----------------
T("Handover, E Division nightshift. (1) Stolen Audi recovered burnt out in Wester Hailes, no persons traced. (2) Breach of the peace at a wedding in Leith, 2 arrests, no injuries. (3) Welfare check at a Thai massage shop on Leith Walk after a customer said a worker looked frightened: worker spoken to alone with an interpreter, says she rents the room herself, lives with her husband in Portobello, keeps her own earnings and passport. Customer was drunk and had been refused. No further action. (4) Missing teen from Craigmillar returned home. (5) Attended a report of a fight at a shisha bar on Nicolson St; no complainer traced. (6) Concern call from a bus driver about a man asleep at the bus stop in Sighthill in the cold — he is a local man who had missed the last bus; taken home. Nothing to pass on to the day shift beyond the usual CCTV requests for item (1).")
T("She says she didn't run because the man took everyone's passports into his bedroom and the front door had a keypad only he knew. She says they were 7 girls in a 3-bedroom flat in Glasgow, working in shifts, and if anyone argued she was not given food that day.",
  "RD RM AC", "oc", "")
T("Police intel 2/B/P: Man of Indian origin known as 'Bhai' recruits Indian students at Scottish universities to work 'cash in hand' in his warehouses in Glasgow. Students are told they'll lose their visas if they talk to anyone and he holds their BRP cards 'to prepare the paperwork'. Work is often 60+ hours a week.",
  "IT RD EO AV", "", "L")
T("Caller reports shoplifting by an adult male at a Scotmid in Aberdeen. Male detained. Male is a local heroin user acting alone.")
T("Public report: the man who owns the Indian restaurant in Elgin doesnt let the waiter go oot on his own, he's took everywhere in the bosses car, he told my daughter he's no had a day aff since he came fae India last year and his wages go to his faither back home",
  "RM EO WW", "et", "L")
T("TARA caseworker: Client says that before she escaped the flat in Dundee the 'boyfriend' had made her think he loved her and that she owed him for the rent and clothes. He then said she must sleep with his friends to pay. She says she was raped many times. She was afraid of police because he said they would send her back to Romania.",
  "DEC DB PSV IT", "foa", "S")
T("Nom LEE, Sung-ho. Korean national, reported by a hotel in Edinburgh for failing to pay a bill. Located at the airport. Paid. No offences.")
T("Debrief, man from Afghanistan, 20: He says that he was taken from a hotel for asylum seekers in Glasgow by a man who offered him 'work for cash' at a car wash. He was driven there every day at 6am and back at 10pm and given £25 a day. He says the man never hit him or threatened him, he just wanted more money. He stopped after three weeks because of the hours.",
  "EO", "ced et", "L")
T("Letter from a Sudanese organisation in Glasgow: a member was approached by a man offering to pay his family's debts if he travels to Egypt and 'donates' a kidney. He refused. They want police to be aware.",
  "AV", "", "O")
T("Intel 2/B/P: Cafe in Ayr has 2 Vietnamese girls who look 15-16 working behind the counter during school hours. One seen crying at the back door. Manager takes them home at closing.",
  "AV", "et", "L", r="high")
T("ma wee brothers 16 an some guys fae glasgow gied him a phone an now hes aw ower the place dundee montrose aberdeen, he says he owes them 3 grand, they turned up at oor door wi a machete last nite",
  "AV DB IT", "", "C", r="immediate")
T("Officer notes: Visited the Polish supermarket in Peterhead following an anonymous call about 'slaves'. Staff of 4, all Polish, owner is one of their uncles. Staff have contracts, rotas (37.5 hours), and live in their own flats. No indicators found. Caller likely in a dispute with the owner.")
T("I was in the Philippines and an agency told me I would be a carer in a care home in Scotland, with a nice salary. I paid them ₱150,000. When I came the work was in a private house, looking after an old man 24 hours, I sleep in a chair beside his bed. The son pays the agency and the agency sends me £200 a month.",
  "DEC WW EO AC", "uf swp", "D")
T("Youth worker in Paisley: girl (15) said a man she met online sent her a bus ticket to Glasgow and said he'd give her somewhere to stay. She did not go and told her mum. Man's profile reported. No contact since.",
  "AV", "", "", r="high")
T("Theft of tools from a van in Livingston. No suspects.")
T("Witness statement (cleaner): 'The girls at the sauna on the South Side never leave, they sleep in the rooms upstairs. A man drops food in at night. They've not got coats. If they want something from the shop they give me money and I buy it. One of them told me she owes the owner for her flight and can't go till it's paid.'",
  "RM DB", "swp fpe", "S")
T("Intel 3/C/P: Unverified report that a kidney was removed from a man from Bangladesh in a 'clinic' in Glasgow. No evidence of a clinic found after enquiries; man in question traced and medically examined, no surgery. Intel assessed as likely false.")
T("Report by Scottish Fisheries Protection: Ghanaian deckhand on a prawn trawler in Mallaig has a contract and is paid, but the skipper keeps all crew passports in the wheelhouse 'for port checks'. The deckhand said he asked for it and was refused.",
  "RD", "", "L")
T("Forced labour case, Aberdeenshire (press): A couple from Turriff were jailed for keeping a vulnerable man as an unpaid farmhand for 11 years. He slept in a byre, was fed scraps, and was threatened with the dogs if he walked off the farm. The court heard he had been taken in as a teenager after his mother died.",
  "AV WW AC IT RM", "swp plc", "L")
T("Call from a primary school: parent turned up drunk to pick up child. Child taken home by grandmother. Social work informed.")
T("NHS 24: Young woman in Aberdeen calls for advice after a 'client' injured her. She says she works in a flat run by a man called Dima who takes 70% and keeps her passport in case she 'runs'. She works from noon to 4am every day.",
  "PSV RD EO WW", "", "S")
T("An Eritrean woman told the Refugee Council that the family she lodges with in Edinburgh asked her to babysit on weekends in exchange for lower rent. She agreed and is happy with it. She can say no. No concerns.")
T("Intel 2/B/C: Female ('Queen') in Glasgow recruits Nigerian women on student visas and takes their payments for tuition, then makes them work in care homes using other people's identities. They are told they will be deported if they stop. Their pay goes into accounts she controls.",
  "DEC WW IT AV", "ncw", "L C")
T("I didn't go to the police because the boss had my address, my mum's address and he said he knew people in every city. But I want to say now: he never touched me, but he made us work 16 hours in the factory.",
  "IT EO", "foa", "L")
T("OIC: Search of a HMO in Bridgeton. 22 Roma men living across 5 rooms, mattresses in the kitchen. Landlord BALOG, Jozef, also their employer at a waste-sorting plant, deducts rent, transport and work gloves from their pay. Several had hand injuries from glass.",
  "AC", "oc ct ppe pa", "L")
T("Noise complaint from a party, Aberdeen student flats.")
T("Text from a 14-year-old's phone (police download): 'u no wot happens if ur late wi the money, ul end up like Leon' — Leon being a 16-year-old stabbed in Greenock in March.",
  "AV IT", "", "C", r="high")
T("A Salvation Army note: client would not say where she worked, only that the 'uncle' picked her up at 5am every day and brought her back at 11pm, and that she hadn't had a day off since Christmas. She had one bag of belongings.",
  "EO", "ced fpe", "")
T("A worker at a slaughterhouse in Lanarkshire came to police to say he had been assaulted by his supervisor. He is Romanian, has his own flat and bank, and wants to press charges. Assault investigation. No exploitation indicators.")
T("A man told Crimestoppers that his landlord in Aberdeen would have taken his passport and made him work if he hadn't had friends in the city, but in the end the landlord just asked him to leave. He now lives elsewhere.")
T("Border Force: Ten Vietnamese adults found in a lorry at Rosyth. All were told they'd have jobs in nail bars. One had the phone number of a man in Glasgow who would 'take care of the debt'. All referred to NRM.",
  "DEC DB", "", "L")

# ---------------- output ----------------
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh124.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id="f124-%03d" % n, **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "rows")
