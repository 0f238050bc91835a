#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline's indicator detector (set 38).
Every text below was written by hand; labels use short aliases expanded here.
Run: python3 bench/text/mkfresh38.py  -> bench/text/fresh38.jsonl"""
import json, os

IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement",
           iso="isolation", psv="physical_sexual_violence", thr="intimidation_threats",
           doc="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", isd="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(lab="labour", sex="sexual", crim="criminal", ds="domestic_servitude", org="organ_harvesting")
RISK = dict(I="immediate", H="high", M="medium", L="low")
PAIRS = [("iso", "isd"), ("rom", "rm"), ("doc", "dt"), ("eo", "lh")]

ROWS = []

def E(text, ind="", sig="", typ="", risk="L"):
    i = set(ind.split()); s = set(sig.split())
    for a, b in PAIRS:  # indicator and its sign travel together
        if a in i or b in s:
            i.add(a); s.add(b)
    ROWS.append({
        "text": text.strip(),
        "indicators": sorted(IND[x] for x in i),
        "signs": sorted(SIG[x] for x in s),
        "exploitation": sorted(TYP[x] for x in set(typ.split())),
        "risk": RISK[risk],
    })

# ---------------------------------------------------------------- DATA
E("""INT suggests female POI Thi HUONG (DOB 03/02/2008) residing at address of maternal 'aunt' in Moss Side since arrival from Vietnam. Not registered at any school. Neighbour reports child seen hanging washing at 0600 and scrubbing the front step late evening. Never seen leaving alone. 2/C/P""",
  "av rom eo", "rm", "ds", "H")
E("""999 call: female caller whispering, says husband has locked her in the back bedroom and taken her phone charger, she can hear him sharpening something in the kitchen and he said tonight is the last night. Line dropped. Units dispatched.""",
  "rom iso thr", "rm", "", "I")
E("""Private fostering notification received late. 14yo boy from Lagos staying with family friend Mrs ADEYEMI since March. School says attendance good, he is in football club, uniform clean. Visit found own room, mum in Nigeria phones weekly. Arrangement now assessed and approved. No concerns.""",
  "", "", "", "L")
E("""my nan gets her pension every thursday but my uncle has had her bank card for two years, she never sees it, he says its for the bills but the bills aint paid and she has no heating""",
  "", "ncw", "", "L")
E("""Caseworker note (Salvation Army). Client A, 34, Filipina. Came to London with employer family from Dubai on overseas domestic worker visa. Says she worked from 6am to midnight caring for three children and cleaning a five-storey house, no day off in eleven months. She slept on a mattress in the laundry room. Madam kept her passport 'in the safe so it does not get lost'. She was told she would be paid $400 a month but received nothing in the UK – madam said the money was being 'saved for her'. She left while the family was at a wedding with help from a woman she met at church.

She has been referred into the NRM with consent and is staying at a safe house in the south-east. She has asked for help contacting her two children in Iloilo; she has her own phone now. The employer's family have since returned to Dubai. She has not recovered her passport and the embassy has been asked for an emergency travel document. She arrived at the church with one carrier bag of clothes and nothing else.""",
  "dec eo ac doc ww", "saw fpe", "ds", "H")
E("""Husband's mother controls everything in the house. I cook for nine people, wash, clean, I am not allowed to go to English class. When I said I want to visit my sister they said I shame the family and my husband slapped me. My passport is with my father-in-law. They say if I go to police they will send me back to Pakistan and I will lose my son.""",
  "rom psv doc thr iso av", "", "ds", "H")
E("""DA incident. IP Sarah MILLS, 29. Partner Dean COLE (DOB 11/07/1990) pushed IP into wardrobe during argument over money, bruising to upper arm. Both adults work, IP has own income and account. DASH completed: medium. Cole arrested. No children present.""",
  "psv", "pa", "", "H")
E("""Helpline report. Caller worried about 'cousin' Ayesha aged 16 who is being taken to Bangladesh in the summer holidays. Caller overheard father say she will be married to a man in Sylhet and that she will not be coming back for school. Ayesha has told a friend she is frightened and does not want to go.""",
  "av", "", "", "H")
E("""School DSL referral. Year 10 pupil disclosed that her older brother checks her phone every night and follows her to the bus stop. Says she is not allowed to have friends who are boys and was told she would 'end up like her cousin' if she was seen with one. No injuries seen. Parents aware of behaviour and support it.""",
  "av thr", "", "", "H")
E("""Adult social care. Mr Harold BRIGGS, 84, lives with grandson. District nurse noted Harold has lost weight, bedroom unheated, grandson collects his pension and attendance allowance and gives Harold nothing. Grandson described as 'very dominant'. Harold says he does not want to cause trouble.""",
  "", "ncw pa plc", "", "L")
E("""Interpreter: She says that when she arrived the lady she called auntie told her she must do all the housework to pay back the aeroplane ticket. She says she was 12. She says she did cooking, cleaning and looked after the baby, and she slept on the kitchen floor. She says she was beaten with a belt when the rice burned. She never went to school. She says auntie told her that if she talked to anyone the police would put her in prison because she had no papers. She says she is now 17.

She came to the attention of the school nurse at a new school after auntie's family moved to Enfield, when she fainted in assembly. Auntie's own children attend the same school and are described as well cared for. A strategy meeting was held the same day and she is now in an emergency foster placement. She says she is scared of being sent back to auntie.""",
  "av db ac psv thr", "saw foa", "ds", "H")
E("""Neighbour dispute. Complainant states family at no 14 have loud parties, bins left out and children kicking balls at his car. Ten people seem to live there. Attending officer found three generations of one family, tenancy in order, all adults working or at college. Words of advice re noise.""",
  "", "", "", "L")
E("""ppl next door have a girl who does all there cleaning never see her go out only in the garden hanging washing she looks about 15 and very thin. i said hello once and the woman came out and took her inside and shouted at her in another language. something not right""",
  "av rom", "pa", "ds", "H")
E("""Midwife note. Booking appt. Woman (22, from Romania) attended with husband's sister who answered all questions and would not leave the room. Woman appeared withdrawn. When alone briefly in the toilet she said she cannot go anywhere alone and does not have money. No English. Husband's family hold her ID card. Plan: next appt with interpreter, safeguarding lead informed.""",
  "rom doc", "sfw", "", "M")
E("""Forced Marriage Unit referral. British national, female, 19, currently in Mirpur. Contacted FMU via friend's phone. States her passport was taken by her uncle on arrival, she is kept in the family compound and the wedding is arranged for next Friday. Says she has been told her mother will be harmed if she refuses.""",
  "doc rom thr", "", "", "I")
E("""OIC handover: Op ORCHARD. Address in Ilford – adult son (Kamran, 31, learning disability) lives with parents and brother. Concern raised by day centre that brother takes Kamran's PIP and ESA and uses Kamran's name for two phone contracts. Kamran has not worked. No indication of forced work or restriction; he attends day centre 4 days/wk. Financial abuse referral made to ASC.""",
  "", "ncw", "", "L")
E("""2/B/C (not to be shared with family). Source states that Florin ION brings young Romanian women to his mother's house in Slough. Women do the housework for the extended family and are then sent out at night to men who book through an online advert. Florin keeps their money 'for the rent'. One female known as 'Lili' described as about 17.""",
  "av ww", "ncw", "sex ds", "H")
E("""I was promised a job as nanny in London for £800 a month. When I came to the house the man said I owe him £3,000 for the visa and flight and I must work it off first. After one year he said I still owe because he pays my food. I looked after four children and his old mother. I never had one pound in my hand.""",
  "dec db ww", "", "ds", "H")
E("""A&E note 02:14. Female 41 attended with head wound, states she fell. Partner present, answered questions for her. On being seen alone she disclosed partner hit her with a bottle. Long history DV, she works as a teacher, owns the house jointly. Declined police. MARAC referral done.""",
  "psv", "pa", "", "H")
E("""Kinship care assessment. Grandmother caring for three grandchildren (6, 9, 11) since their mother's death. Home small but clean and warm, children at school, eldest helps with dishes after tea. Grandmother receives kinship allowance which she uses for the children. Recommend SGO support. The children's father lives in Scotland and has supervised contact twice a year; he pays maintenance. The school reports that the middle child has been upset around the anniversary of her mother's death and has been referred to a bereavement counsellor. Grandmother's own health is good; she has help from her sister and from a neighbour who does the Friday school pick-up. Grandmother asked whether the allowance would continue if she moved to a bigger council house, which she has applied for. Nothing here suggests the children are doing more than ordinary household jobs for their age.""",
  "", "", "", "L")
E("""INT: nominal Sadia BEGUM reported by college as absent 3 wks. Friend says Sadia was taken to her uncle's house in Bradford, her phone taken and she is not allowed out until her 'engagement'. Source believes marriage planned with cousin from Pakistan to obtain visa. 2/C/P""",
  "rom iso", "", "", "I")
E("""My dad took my passport when I turned 18 and says I get it back when I marry the man he chose. I can go to work and uni but I have to come straight home and my brother drives me everywhere. I am scared what happens if I say no.""",
  "doc rom", "et", "", "M")
E("""Safeguarding adults. Mrs Nwosu, 79, lives with daughter and son-in-law. GP concern about bruising to wrists; Mrs Nwosu says son-in-law grabs her when she is slow getting to the toilet. No financial concerns – her pension goes into her own account which she manages with a neighbour's help.""",
  "psv", "pa", "", "H")
E("""Debrief account (translated). My husband brought me from Sylhet. In England his mother told me I am the servant of the house. I wake 5 o'clock, I make breakfast for everyone, clean all the house, wash clothes by hand because she says the machine is expensive. I eat after everyone, what is left. I sleep on the floor of the landing. I was not allowed to phone my mother. When I was crying he kicked me. Once they locked me in the bathroom for a whole day because the roti were not soft. I had only the clothes I came in and one photograph of my mother. I left when the health visitor came to see the baby and I showed her the marks on my legs. Now I am in a refuge in Tower Hamlets with my son, he is eight months. I do not want my husband in prison yet because I am afraid for my family in Bangladesh.""",
  "eo ac iso psv rom", "fpe pa", "ds", "H")
E("""101 call. Caller reports her teenage daughter (16) has been staying out all night and comes home with new trainers and a phone she can't explain. Older 'boyfriend' in a black Audi collects her from the end of the road. Daughter refuses to say his name.""",
  "av", "", "sex", "H")
E("""Council tenancy visit. Flat let to Mr and Mrs Okafor, five children. Overcrowded on bedroom standard – two boys share with grandmother in living room. Family on housing register for larger property. No other concerns.""",
  "", "oa", "", "L")
E("""Caller from church: a young woman from Eritrea who cleans for a family in our congregation told me they pay her £30 a week and she sleeps in their utility room. She works every day. They told her the Home Office will arrest her if she goes outside because her asylum claim failed. She has no phone of her own.""",
  "ww eo ac thr av iso", "saw foa", "ds", "H")
E("""Probation note. PoP Gary TATE on licence for ABH against ex-partner. Disclosed new relationship. Partner reports he checks her messages and tracks her location via an app but she continues to work and see family. Risk assessment updated; Clare's Law disclosure considered.""",
  "", "", "", "L")
E("""Child (9) told teacher that she has to get up very early to do the house and look after the twins before school and that her 'mum' (understood to be a relative, not birth mother) makes her sleep in the boxroom with no bed. Child came from Ghana 18 months ago. Child appears tired, often hungry at breakfast club.""",
  "av ac", "pa", "ds", "H")
E("""Family support worker. Dad does most of the cooking, mum works nights at the hospital. Eldest girl (15) helps with younger siblings after school two evenings a week and gets pocket money. Family close and supportive. Case closed.""",
  "", "", "", "L")
E("""Financial crime alert: account of elderly customer Mrs P. Gill (88) – branch notes son attends with her every month, withdraws full pension in cash, speaks on her behalf and would not let staff talk to her alone. Customer appeared confused. Referral to adult safeguarding.""",
  "av", "ncw sfw", "", "M")
E("""she is my wife's cousin she came from india to help with the baby we give her food and a room and some money to send home she can go out when she wants she has her own passport and phone she goes to temple on sundays with her friends""",
  "", "", "", "L")
E("""Intelligence log 1/A/P. Officers attended address re DA. Male nom Arben HOXHA. Female present (approx 20, Albanian) with no English who appeared to be doing all the cleaning and cooking for Hoxha and three other males. She had no ID. Hoxha stated she is his 'wife' but could not give her surname. Female had fingertip bruising to neck. Placed in refuge.""",
  "psv av", "pa", "ds", "H")
E("""Text from member of public: old man upstairs his son moved back in with his girlfriend, they take his money and food and he has to sit in the kitchen all day because they have his room. he told me they shout at him and said they'll put him in a home if he complains""",
  "thr", "ncw", "", "M")
E("""Honour-based abuse. IP (17) reports father and uncles held a family meeting about her boyfriend. She was told she had dishonoured them, her hair was cut off and she was kept home from school for two weeks. She has been told that if she sees him again 'she will not live to regret it'.""",
  "av psv rom thr", "rm", "", "H")
E("""GP note. 26F, attends with sister-in-law who interprets. Complains back pain. Examination reveals old healed fractures L ribs. Pt works 'at home'. SIL states pt does the housework for the family of eleven and 'is lazy'. Pt not registered previously, no NHS number, arrived on spouse visa 2 yrs ago.""",
  "psv", "pa sfw", "", "H")
E("""Helpline – anonymous. Lady at 42 Coniston Ave has her elderly dad living in the garage. Garage has a camp bed and a heater. She says it's his choice because he likes his own space and he comes into the house for meals. Caller not sure.""",
  "", "", "", "L")
E("""Victim statement (extract). I met him on Facebook, he said he loved me and would bring me to England to get married and I would work in his shop. When I came there was no shop. He took me to his brother's house and said I must look after his brother's family and that later I must go with men to pay for my ticket. I said no and he burned my arm with a cigarette. I was there eight months before I ran away. I lived in the kitchen of the brother's house because there was no room upstairs. The brother's wife was kind to me sometimes and gave me food secretly but she was also frightened of them. I did not know the city, I only knew the street. When I ran away I went to a mosque and the imam called a charity. I have only the clothes the charity gave me.""",
  "dec psv db", "pa fpe", "ds", "H")
E("""Housing officer: tenant reported her adult son (24, autism) is being targeted by local lads who have started using his flat. Son told her they bring their friends and 'stuff', stay all night and tell him to go to the shop for them. He says he is frightened to say no. Possible cuckooing.""",
  "av", "", "crim", "M")
E("""Caseworker note. Client N (Sudanese, 23) lived with her older brother's family after arrival. She did cooking and childcare while they worked, but she was enrolled at college, had her own bank card and room, and left to live with friends when she wished. She says she was unhappy because they criticised her, but she does not feel she was exploited. No NRM.""",
  "", "", "", "L")
E("""Au pair agency complaint. Au pair (Spanish, 19) says host family asked her to work 50+ hours a week cleaning the whole house instead of 25 hrs childcare agreed, and deducted 'food' from her £90 pocket money leaving £20. She has her passport and phone. Agency moved her to new family.""",
  "dec eo ww", "", "ds", "H")
E("""INT: 3/C/P unverified. Allegation that a man in Leicester 'owns' his nephew who was brought from Gujarat and works in the family shop and the house for no pay. No details of the nephew's age. Research: no trace of a nephew registered at address. Intelligence gap.""",
  "ww", "", "lab ds", "M")
E("""mum has been giving our disabled sister (28) to her boyfriend for his cleaning business, she goes out with them at 5am and comes home at 10 at night and she doesnt get paid they say she gets her keep. she cant read and she does whatever mum says""",
  "av eo ww", "ced", "lab", "H")
E("""Police log – domestic. Verbal argument between father and son over the son's use of the family car. No assault, no threats. Both calm on arrival. Son to stay with friend overnight. NFA.""",
  "", "", "", "L")
E("""She says her husband told her before the wedding that she would be studying in the UK. After she arrived he said she would not be studying, she must look after his parents and the house. She says she is not allowed to leave the house unless her mother-in-law goes with her, and they have her passport. She says she gets no money for herself at all.""",
  "dec rom doc", "et ncw", "ds", "H")
E("""Referral from school nurse. Girl 13, Roma, often absent on Mondays. Says at weekends she goes with her uncle's family to 'work at the market'. Later disclosed she is told to sit outside Tesco with a cup and give the money to her uncle's wife. Says she gets hit if she comes back with too little.""",
  "av psv ww", "", "crim", "H")
E("""The police have been told before, my sister in law is not allowed to leave that house. my brother takes her wages from the care home she works at, he drives her there and picks her up and the card is in his wallet. she has 3 kids and she is terrified of him""",
  "rom ww", "et ncw", "", "M")
E("""Duty to Notify (anonymous adult). Male 45, Polish, found living in the shed of a family he met at a soup kitchen. He does their garden, decorating and the school run. They 'look after his money' – his Universal Credit goes to the father's account. He drinks heavily. He does not wish to be referred.""",
  "av ac", "ncw plc", "ds", "M")
E("""A&E – child attended with scald to forearm. Mother says child (7) was helping to cook. Account consistent with injury, mother appropriately concerned, sought treatment promptly. No other concerns, routine HV notification.""",
  "", "", "", "L")
E("""Debrief (Vietnamese interpreter). He says his aunt's husband paid the snakehead and he has to pay back £18,000. First he worked in the nail bar of his aunt six days, then at night they made him water the plants in a house with the windows covered. He says he was fifteen. He says he could not go out because the door was locked from outside and the man came with food twice a week.""",
  "av db rom", "", "lab crim", "H")
E("""Private fostering visit. Girl 15 from Sierra Leone living with woman she calls auntie (no blood relation). Girl says she does the cleaning, cooking and ironing for the household of six, is kept home on Fridays to do the market shopping, and is not allowed a phone. Auntie receives money from the girl's father for school fees that have not been paid.""",
  "av iso", "", "ds", "H")
E("""Local authority adult safeguarding – outcome. Allegation that Mrs Hussain was being kept as a servant by her son's family was investigated. She lives with them by choice, has her own sitting room, attends day centre, manages her own pension and told the social worker in private that she is happy and helps with cooking because she enjoys it. Concern not substantiated.

The referral came from a cousin living in Canada who had heard from a family friend that Mrs Hussain 'does all the work and is never allowed out'. Enquiries included a home visit, a separate conversation with Mrs Hussain at her GP surgery with a Punjabi-speaking social worker, and a check with the day centre, who see her three times a week and describe her as sociable and independent. Her bank statements show regular withdrawals by her and by no one else. She laughed when told of the concern and said her cousin 'never liked my son'. Case closed, with Mrs Hussain's agreement.""",
  "", "", "", "L")
E("""Call summary: woman states ex-husband is outside her house shouting he will burn it down with her in it. She has a non-molestation order. Two children inside. He has a history of arson.""",
  "thr", "", "", "I")
E("""Witness statement. I work on the same street as the family. Every morning about 6 the young woman – I think she is called Meera – walks the three children to school and then I see her doing the garden and carrying shopping. I have never seen her with money or a phone. She told me once in broken English she had not spoken to her mother for a year. She looked frightened when the husband saw us talking.""",
  "iso", "foa", "ds", "M")

E("""car wash on the old petrol station by the roundabout, lads there in flip flops and no gloves in the freezing cold using that acid stuff on the wheels, they sleep in the container at the back i see the light on at midnight. boss turns up in a range rover takes the cash and goes""",
  "ac", "saw", "lab", "M")
E("""GLAA inspection, Fenland packhouse. 46 workers supplied by labour provider. Payslips checked: NMW met, holiday pay accrued, workers hold own documents and bank accounts. Transport optional and free. Two workers raised overtime allocation as a grievance, handled through HR. Licence compliant.

Accommodation: 31 of the workers rent from the labour provider in four houses in Wisbech. Inspected two – each had 6–7 occupants in single rooms, working fire alarms, clean kitchens, tenancy agreements in Bulgarian and Romanian. Rent (£85/wk) deducted with signed consent and shown on payslips; several workers told inspectors they could rent elsewhere and some have. Workers interviewed alone and in their own language said they could leave the job at any time, had their passports at home, and were happy with the supervisors. One complaint about a broken washing machine passed to the landlord.""",
  "", "", "", "L")
E("""Debrief. Slovak male, 38. Recruited in Košice by a man called Roman who promised £9/hour at a chicken factory. On arrival, twelve men in a three-bed house in Walsall, £60 each a week rent taken from wages. Roman opened bank accounts for all of them and kept the cards 'to help with English'. He got £40 a week. When he asked for his card Roman said he owed for the bus from Slovakia and the first month's rent.""",
  "dec ww db ac", "oa ncw", "lab", "H")
E("""1/B/P. Nail bar at 14 High St Ashton. Two Vietnamese females approx 16–17 seen working 0900–2100 seven days. Collected by silver Toyota VRM KX17 ABC at closing and taken to flat above takeaway on Church St. Do not appear to speak English, owner answers all questions for them.""",
  "av eo", "ced sfw et", "lab", "H")
E("""Hello I want to report a building site on Fairfield Rd. The workers are all Romanian and live in the cabins on site, I was told they have not been paid for two months and the gaffer says they will get paid when the job is finished. One fella fell off the scaffold last week and they didn't call an ambulance, drove him somewhere themselves.""",
  "ww ac", "saw", "lab", "M")
E("""Agency worker complaint (warehouse, Daventry). Worker says he was paid £40 short in week 12 because of a timesheet error. He raised it with the agency and it was paid in the next payroll. He is otherwise happy, has his own account and chooses his shifts.""",
  "", "", "", "L")
E("""INT 2/B/P: Cannabis grow at 7 Larch Close believed to be tended by a Vietnamese male aged approx 17. Windows blacked out, electricity bypassed. Male is never seen leaving; food delivered by an Asian male in a white Transit every 3–4 days. Neighbours hear the male coughing.""",
  "av rom", "", "crim", "I")
E("""County lines – handover. Nom Tyler BROWN, 15, missing x3 this month, found in Margate trap house with 28 wraps of crack plotted internally. States he owes 'Deeks' £1,500 after being 'robbed' of a package and must work it off. Phone log shows threats: 'you know wat happens to snitches, we know where ur mum lives'.""",
  "av db thr", "", "crim", "H")
E("""Statement from hotel housekeeper (via interpreter). She says the agency man collects them at 5am in a minibus and they pay £5 each for the ride. She says they clean 18 rooms each in a shift, if they do not finish they are not paid for the extra time. She says she signed a paper in English she did not understand and the agency takes £25 a week for 'uniform and insurance'.""",
  "ww", "ced ct ppe", "lab", "M")
E("""Border Force note, Stansted. Female, 24, Nigerian passport, arrived from Lagos. States she is coming to work as a hairdresser for her 'madam' in Essex. Could not give madam's surname or address. Ticket bought by a third party. Says she took an oath at a shrine in Benin City before travelling and must pay back 'the money spent' – 30,000 euros. Visibly frightened of being sent back.""",
  "db thr", "foa", "", "M")
E("""Adult Gaming Centre manager reports same male using six different bank cards at the ATM outside each Friday night, withdrawing maximum on each. Male waits in a people carrier with several men inside.""",
  "", "mbc", "", "L")
E("""online ad on a escort site 'new girl just arrived 19yo Polish 24/7 outcalls' the same photo is on 4 other ads in different towns, same phone number 07700 900123. you can hear a man in the background when you ring telling her what to say""",
  "eo", "sfw", "sex", "H")
E("""Crimestoppers: Chinese massage place above the launderette on Victoria Rd, women sleep there, never seen them leave, man brings food and takes the money at the end of the night. one of them had a black eye last week""",
  "rom psv ww", "saw pa", "sex", "H")
E("""Care home inspection (CQC shared with police). Nine carers from Kerala and Zimbabwe recruited via agency that charged each £8,000 'placement fee'. Carers say the sponsor deducts £400 a month to repay the fee and they will lose their visa if they leave. Shifts of 14 hours, six days a week. Housed four to a room in a house owned by the director.""",
  "db thr eo ac av", "uf oa", "lab", "H")
E("""Fishing vessel boarded in Newlyn. Crew of 7 Filipino and Ghanaian nationals on transit visas. Skipper holds all seamen's books and passports 'for port checks'. Crew state they work 20-hour days during hauls, paid $300/month into accounts in the Philippines controlled by the manning agent. One crew member had an untreated hand injury.

The vessel, registered to a company in Brixham, had been fishing for three weeks. Crew accommodation below deck: seven bunks for seven men, no working shower, food supplies low. Skipper (British) said the men 'knew what they signed up for' and produced contracts in English only. The manning agent in Manila did not answer calls. Two crew members asked to speak to officers privately and said they had been told by the agent that their families would have to repay the 'placement fee' if they complained.""",
  "doc eo ww ac thr", "ncw pa uf", "lab", "H")
E("""Takeaway (Chinese) in Grimsby. Immigration visit found two males sleeping in the storeroom above the kitchen. Both had worked there 3 years. Owner said they are family. Males said they get 'pocket money' £50 a week and food, and that they owe the owner's cousin for their journey. Neither has been out of town since arriving.""",
  "ww db", "saw", "lab", "M")
E("""Press summary: Two brothers from Kent were jailed yesterday for holding a vulnerable man for 13 years on a traveller site, making him lay tarmac and clean their caravans. The man, who has a learning disability and was homeless when recruited at a hostel, was housed in a horsebox without heating and paid nothing. He was beaten when he tried to leave.""",
  "av ac ww psv rom", "plc", "lab ds", "H")
E("""Report from member of public: man begging outside Sainsbury's every day, same spot, he is on crutches. At 6pm a car picks him and 2 others up. I've seen the driver take the cup off him before he gets in.""",
  "ww", "ced", "crim", "M")
E("""Bank alert. Student account opened 3 months ago (female, 19, Chinese national) received 47 incoming transfers totalling £63,000 from unrelated third parties, funds moved out within minutes. Customer told branch a 'friend' from WeChat asked to 'borrow' her account for a commission. Possible money mule; no indication of coercion.""",
  "", "", "crim", "M")
E("""Intel 2/C/C (restricted – source protection). Sham marriage facilitator Elvis DIACONU believed to be recruiting Romanian women with debts at home to marry Pakistani nationals in Glasgow. Women paid £3,000 which is then taken back for 'costs'. Women kept in a flat in Govanhill until the ceremony.""",
  "av ww rom", "", "crim", "H")
E("""Member of public: we had a kidney transplant at the QE last month, my husband got it from his brother, all done on the NHS with lots of tests and counselling, i want to say thank you to the team.""",
  "", "", "", "L")
E("""Intelligence: Albanian nom Gezim KOLA said to be arranging for Moldovan men in debt to travel to Turkey to 'sell a kidney' for $5,000, of which Kola takes half for travel. One man returned to Luton with a scar and has not been paid the balance; he has been told to keep quiet or his family in Chisinau will suffer. 2/C/P""",
  "av dec ww thr", "", "org", "H")

E("""Girl aged 11 living with 'aunt' not known to school, seen doing the family's washing at the launderette daily.""",
  "av", "", "ds", "H")
E("""Husband controls all money, gives me £10 a week for the bus. I work at Asda, my pay goes to his account.""",
  "ww", "ncw", "", "M")
E("""Grandad's pension goes to my cousin's account since he moved in with them, nobody asked grandad.""",
  "", "ncw", "", "L")
E("""Lost passport reported by student at Bristol uni, believes left on train. Crime ref issued for embassy.""",
  "", "", "", "L")
E("""Elderly mother (91, dementia) lives with son who says he is her carer; he draws her carer's allowance and her pension, she is left alone all day without food, locked in the flat while he works.""",
  "av rom ac", "ncw", "", "I")
E("""UPDATE: Girl aged 14 confirmed back with her parents in Leeds after 3 days with her boyfriend's family, no offences disclosed, return interview done, happy at home.""",
  "", "", "", "L")
E("""My ex took my residence card and won't give it back unless I drop the court case.""",
  "doc thr", "", "", "M")
E("""Referral (Children's Services). Sibling group – Fatima (15), Yusuf (12). Arrived from Somalia via family reunion to live with father and stepmother. School report Fatima exhausted, falls asleep in class. Fatima told teacher she does all the cooking and cleaning, looks after four younger step-siblings every night and is not allowed out with friends or to after-school clubs. Stepmother has told her she will be sent back to Somalia and married if she complains. Yusuf attends football and does not appear to carry the same load.

Home visit by social worker (announced). Father polite, says Fatima 'is the eldest girl and this is our culture'. Stepmother did not speak. House clean and well furnished. Fatima's bed is a thin mattress on the kitchen floor; the step-siblings share bunk beds upstairs. Fatima would not speak in front of her father. Plan: Section 47 enquiry, see Fatima at school with a female Somali interpreter.""",
  "av eo rom thr ac", "pa", "ds", "H")
E("""Interpreter present (Tigrinya). He says he is 17. He says in Libya he was held in a warehouse and the men called his family for ransom. He says he saw men taken to a doctor and come back with bandages on their side, and the guards said if your family does not pay we will sell your kidney. He says his uncle paid and he came to Italy by boat then to UK in a lorry.""",
  "av rom thr", "", "org", "H")
E("""DASH risk assessment summary – standard risk. Couple separated last month. Ex-partner sends many messages asking to get back together. No threats, no violence, no stalking behaviour recorded. Victim has good support network. Signposted to local DA service.""",
  "", "", "", "L")
E("""Forced marriage protection order application. Applicant (20, British) states that her parents arranged her marriage to a cousin while she was 'on holiday' in Punjab. She went through a ceremony under pressure after her father said he would kill himself if she refused and her brother told her she would be 'dealt with' if she shamed them. She has returned to UK, lives in a refuge, and is worried her family will try to take her back. Husband is applying for a spouse visa.""",
  "thr", "", "", "M")
E("""Private fostering. Boy 16, Chinese, in UK for GCSEs, lodges with a host family arranged by the school's guardianship agency. Host family provides room, meals, lifts. Boy says host mum is 'a bit strict about bedtime'. Passport held by the guardian agency with boy's and parents' written agreement for safekeeping; he can ask for it any time. No concerns.""",
  "", "", "", "L")
E("""Social worker note. Visited mother and adult daughter Kelly (33, Down's syndrome). Mother's new partner moved in 6 months ago. Kelly now does all the cleaning, cooks for the partner, and has been told to clean his mates' houses for cash which he keeps. Kelly no longer goes to her day service; partner says she 'doesn't need it'. Kelly said she got a slap for breaking a plate.""",
  "av ww psv iso", "", "ds lab", "H")
E("""sos my friend from Philipines works for a Saudi diplomat family in Kensington they took her passport the day she arrived, she works 18 hours, sleeps on the floor in the kids room, she has not been paid since june and they say if she complain they will make her deported. she cant leave the house, the driver takes the kids to school not her""",
  "doc eo ac ww thr rom", "", "ds", "H")
E("""I am the nanny for a family in Hampstead. Long days sometimes (8 till 7), but I am paid every month into my own account, overtime paid, I have weekends off and my own flat. Writing only because my friend says I should know my rights.""",
  "", "", "", "L")
E("""Domestic abuse – Sikh Helpline referral. Woman, 35, married 12 years. Husband and in-laws call her 'worthless' and she has been hit by husband several times this year. She works as a pharmacist, keeps her own wages. No honour-based element identified. Wants help to leave with children.""",
  "psv", "", "", "H")
E("""Witness: woman at no 8 is made to sleep in the shed by her husband's family, comes in to cook and clean and then goes back out there. Saw her in the garden at 11pm in the rain washing pans.""",
  "ac eo", "saw plc", "ds", "M")
E("""2/B/P. Address 22 Rook St – occupant Mrs Zainab ALI (DOB 1955) states her son-in-law has her pension book and passport. She is free to visit her daughter and attends mosque daily. Son-in-law states he holds documents at her request because she misplaces things. Mrs Ali confirms this. No further action.""",
  "", "ncw", "", "L")
E("""A&E – 15F brought in by 'uncle' with vaginal bleeding and signs of recent sexual assault. Uncle insisted on staying; girl silent. Later via interpreter she said she was brought from Romania to look after uncle's house and that uncle and his friends 'visit her room'. Police informed immediately, uncle detained.""",
  "av psv", "pa sfw", "ds sex", "I")
E("""Our lodger is from Poland, he pays rent, works on building sites, has a car and goes home at Christmas. I'm only saying this because the census person asked if anyone else works for us. He doesn't work for us.""",
  "", "", "", "L")
E("""Safeguarding referral from GP surgery. Patient Mrs Rani (62) registered with son's family. At annual check she was tearful, said she does all the housework and care for 4 grandchildren and is shouted at, but said she could go to her daughter's whenever she liked and does not want anything done. Advice given. No exploitation identified.""",
  "", "", "", "L")
E("""INT suggests Romanian nom Marius LUCA (DOB 04/04/1986) is using his wife's two nephews (14, 16) for shoplifting in Reading town centre; boys stay at his address and hand all goods to Luca. Boys not in school. Luca has been seen slapping the younger boy outside Primark. 2/B/P""",
  "av psv", "", "crim", "H")
E("""Kinship care – grandparents caring for 8yo granddaughter under SGO. Child thriving, grandparents well supported. Grandad had surgery last month, aunt helping with school runs.""",
  "", "", "", "L")
E("""Debrief (first person, Albanian, via interpreter). My boyfriend said we would live together in London and he would find me work in a restaurant. In London he said I must work in a flat with other girls to pay back the cost of the trip, 10,000. He took all the money I earned. He said if I try to leave he will send the photos to my father and my father will kill me. There was always a man in the flat, the door had a code I did not know. I stayed in that flat four months. There were three other girls, one from Romania and two from Albania. Then we were moved to a flat in Leicester and after that Bristol. I escaped when a client let me use his phone to call the police. I had nothing with me when I left, no phone, no passport – my boyfriend took my passport at the airport 'for safe' and never gave it back.""",
  "dec db ww thr rom doc", "fpe", "sex", "H")
E("""Council licensing: HMO on Victoria Terrace, 9 occupants in 5 rooms, unlicensed. Occupants are students and young professionals on individual tenancies. Landlord served notice.""",
  "", "oa", "", "L")
E("""My sister was sent to live with our father's brother in Birmingham when she was 10 so she could 'go to a good school'. She never went to school there. They had a shop and she worked in it before and after the other kids went to school and she was given the old clothes. She's 19 now and still there and they have all her documents.""",
  "av doc", "", "lab ds", "H")
E("""999: male caller says his brother's wife has just run to his house barefoot saying brother beat her and threatened to kill her, brother now outside banging on door with a hammer.""",
  "psv thr", "pa", "", "I")
E("""Adult safeguarding strategy meeting minutes (extract). Mr T, 57, learning disability. Lives with his sister. Concern raised that sister's family use him as unpaid cleaner and dog walker and take his benefits. Investigation found Mr T contributes £60/wk to household (agreed with advocate), walks the dog because he loves it, keeps the rest of his money in his own account. Allegation unfounded.""",
  "", "", "", "L")
E("""Caseworker: Ms B (Nigerian, 30) came in 2019 on visitor visa to be a 'house help' for her pastor's sister in Croydon. Paid £100 a month into her mother's account in Nigeria, which the sister says is fair. Works 7am–11pm all days, looks after disabled son overnight. Passport in the sister's bedroom drawer. She is allowed to go to church alone on Sunday mornings.""",
  "eo doc ww", "", "ds", "H")

E("""THERE IS A BROTHEL ABOVE THE VAPE SHOP ON MILL LANE!!! MEN GOING IN AND OUT ALL NIGHT AND THE GIRLS LOOK ABOUT 16. POLICE DO NOTHING. ONE OF THEM WAS CRYING IN THE DOORWAY AND A BIG BLOKE DRAGGED HER BACK IN BY THE ARM""",
  "av psv", "", "sex", "I")
E("""Pop-up brothel, Airbnb flat, Leeds city centre. Three Romanian women found, booked for 5 nights by a male who paid in cash. Women said they 'work for themselves' but none had a phone; a single handset in the kitchen received all bookings and was answered by a male in Bucharest who sets prices. Each woman had £0 on her. Passports found in a rucksack belonging to the male who rented the flat.""",
  "doc ww iso", "sfw", "sex", "H")
E("""CSE referral. Girl 14 in care home, repeatedly missing overnight. Found in hotel in Rotherham with two adult males. Has been given vodka and cannabis. Disclosed she 'has to' sleep with their friends because she owes them for the weed. Staff say she has a new phone that she hides.""",
  "av psv db", "", "sex", "I")
E("""Report via website: my daughter (15) has been talking to a 'model agent' on Instagram who says she could earn £500 a shoot in London, he sent train tickets and asked for pictures in her underwear first. She was about to go on Saturday. I have the chats.""",
  "av dec", "", "sex", "H")
E("""Debrief, Thai female 40, via interpreter. She says she answered an advert for work in a Thai restaurant in Manchester and paid 150,000 baht to an agent in Bangkok, borrowed from a money lender. At the restaurant she was told there was no job and the man sent her to a 'massage' flat where she had to have sex with customers. She says the money was given to the 'mamasan' and she got tips only. She says she could not leave because the debt to the money lender was growing and the mamasan said she would tell immigration.

She was found during a police visit to the flat in Salford, where two other Thai women were present. Both said they worked independently and did not want help; they were given leaflets in Thai. She accepted support and is now in Salvation Army accommodation.""",
  "dec db ww thr av", "uf foa", "sex", "H")
E("""Sex worker (independent, British, 32) reports a client who refused to pay and pushed her down the stairs of her flat. She works alone, keeps her own earnings, advertises herself. Wants to report assault only.""",
  "psv", "", "", "H")
E("""Intel 2/B/P. Nom 'Kiki' (Nigerian female, 50s) runs two flats in Peckham where young Nigerian women provide sexual services. Women believed to have sworn a juju oath and pay Kiki 'the debt' of £35,000 each from their earnings. One woman reportedly told a client she has not been outside on her own for six months.""",
  "db thr rom ww", "", "sex", "H")
E("""Student nurse confides she does webcam shows to pay rent, arranges it herself through a site, no one else involved. Concerned about her course finding out. Not exploitation; signposted to student support.""",
  "", "", "", "L")
E("""My stepdad makes me go to his friend's house on Fridays and I have to do things with him and he gives my stepdad money. I am 13. If I tell anybody he said they will take my little brother away.""",
  "av psv thr ww", "", "sex", "I")
E("""Hotel night manager call: guest room 214 booked by older man, girl seen going in appears about 14, school uniform under coat, man paid cash and asked for no disturbances. Happened twice this month with different girls.""",
  "av", "", "sex", "I")
E("""OIC note – Op FALCON. Vietnamese female (22) encountered at nail bar in Stockport, later disclosed she also provides 'extra services' at the owner's flat. Owner's wife keeps her bankcard and pays her £100 a month. Female states she owes £25,000 for travel via France. She lives in the flat's cupboard room. She fears the 'big boss' in Vietnam will hurt her parents.""",
  "ww db ac thr", "ncw", "lab sex", "H")
E("""Organ trafficking intelligence. Source states UK-based Pakistani male arranges for 'donors' from rural Punjab, mostly brick-kiln workers in debt, to be flown to a clinic abroad to provide kidneys for UK patients paying £60,000. Donors are told they will get £4,000 and a job in Dubai; most receive less than £1,000 and no job. 3/C/P""",
  "av dec db ww", "", "org", "H")
E("""Renal unit social worker. Patient (British, 55) on dialysis told nurse his cousin is 'arranging' a kidney from a young man in his home village who needs money. Patient believes this is charitable. Referred to transplant coordinator and Human Tissue Authority concerns process.""",
  "av", "", "org", "M")
E("""GP: patient (Moldovan, 27) presents with large flank scar, says he 'sold his kidney' in Istanbul two years ago to pay family debts, was promised $10,000 but got $2,500. Now has hypertension, cannot do heavy work.""",
  "av dec", "pa", "org", "M")
E("""Living donor assessment notes. Donor: sister of recipient, both UK residents, evaluated independently by HTA assessor, no payment or pressure identified, donor clear she wants to help. Approved.""",
  "", "", "", "L")
E("""Boarding school DSL: Nigerian boy (13) boarding, guardian (family friend) has his passport. Guardian visits at half term, boy goes to guardian's home for exeat weekends where he is asked to help with chores. Boy happy, in contact with parents daily. Standard guardianship, no concerns.""",
  "", "", "", "L")
E("""Neighbour complaint escalated: young woman living with elderly couple at 3 Willow Way – she's their carer, has her own car, goes to the gym. Neighbour thought she was 'kept' because she is foreign and never talks to him. Officer spoke to her alone: she is paid via an agency, has a day off each week and her own passport. NFA.""",
  "", "", "", "L")
E("""child at 19 Balfour st always outside at all hours, scruffy, no coat, about 8, his mum shouts at him and i think she drinks, not sure what else is going on but someone should check""",
  "", "pa", "", "L")
E("""Police log – concern for welfare. Couple in their 80s; wife is main carer for husband with Parkinson's. Daughter concerned mum is exhausted and not sleeping. No abuse. Referral to carers' support and OT.""",
  "", "", "", "L")
E("""Debrief, Indian male (Punjabi), 45. He says his wife's brother in Southall told him there was a good job in his construction company and sponsored his visa for £12,000 which he borrowed against his land. He says he worked on sites from 6am to 8pm, six days, and then did the cleaning and the garden at the brother-in-law's house on Sundays. He lived in the loft with three other men. He says he was given £50 a week and told the rest pays off the visa. When he complained, the brother-in-law said one call to the Home Office and you are finished.

He says that two of the men in the loft are his cousins from the same village and they are still working for the company. He left when he was taken to hospital with chest pains and a nurse asked why he had no GP. He is now staying at a gurdwara. His visa has been curtailed because the sponsor reported him absent.""",
  "dec db eo ww thr ac", "uf oa", "lab ds", "H")
E("""Statement (witness): I'm a delivery driver. I dropped a parcel at a big house in Gerrards Cross and a woman in a maid's uniform opened the door. She grabbed my arm and whispered help me, they lock me. Then a man came and pulled her away and took the parcel. The back gate had a padlock.""",
  "rom", "", "ds", "I")
E("""Contact centre note: Mr Okonkwo rang to report his tenant's 'nephew' – a boy of about 12 – is at home in school hours every day doing housework. He has heard the tenant call the boy 'useless' and 'houseboy'. Says the boy arrived from Nigeria last year.""",
  "av", "", "ds", "H")
E("""Social media post: 'Anyone know Tomasz he used to live with us at the farm lodgings near Boston, he left his phone and stuff when he moved to his brothers, he's fine just want to return his phone'""",
  "", "", "", "L")
E("""Adults Services MASH. 19yo woman with autism living with stepfather. Concern from college that she is handing over her student bursary and wages from her Saturday job at the bakery to stepfather, who 'manages' her money. She says she gets £5 a week. She has stopped attending college since stepfather decided she should stay home and look after her half-siblings.""",
  "av ww iso", "ncw", "ds", "H")
E("""Intelligence report 2/C/P: Eritrean female (approx 19) said to be working for an Eritrean family in Luton as a live-in cook. Reportedly does not speak English and the family has told her she cannot leave the house because police will arrest her as 'illegal'. Has not been seen in the community.""",
  "av rom thr", "foa", "ds", "H")
E("""We live with my husband's parents. My mother in law doesn't like me and we argue a lot. She says I don't cook properly. My husband takes my side. I work part time and we are saving for our own house. I just need someone to talk to.""",
  "", "", "", "L")
E("""Police log 1/A/P – Officers attended Flat 3, 88 Cecil Rd following report of screaming. Female (Polish, 36) stated partner Dariusz NOWAK (DOB 22/09/1982) punched her and took her phone and keys so she could not leave. She had swelling to left eye. Nowak arrested for ABH and false imprisonment. No exploitation indicators – both work, she has her own account.""",
  "psv rom iso", "pa", "", "H")
E("""She says that her father brought her to the UK at 16 and said she would go to college. She says she was married to a man in Bolton two weeks later. She says her husband keeps her visa papers and she is only allowed to go to the corner shop with her sister-in-law. She says he forces himself on her at night. She is now 18 and pregnant.""",
  "dec doc rom psv av", "et", "", "H")
E("""HR manager of a food factory phones the helpline to check that the agency they use is GLAA licensed after a worker said he paid a fee in Bulgaria to get the job. Agency confirmed licensed. Fee was charged by a recruiter in Bulgaria. Worker paid correctly in UK, no control issues.""",
  "", "uf", "", "L")
E("""Intel: 2/B/P. Cuckooing of flat 14 Brunel House. Occupant Derek PARRY (62, alcohol dependent) allows Liverpool-based males to deal from flat in exchange for cans. Parry seen with black eye. Males have taken his bank card; they tell him to stay in his bedroom when customers come.""",
  "av psv rom", "ncw pa", "crim", "H")
E("""Customer at the car wash on Station Rd, lad who washed my car was a school kid surely, no more than 14. Its a school day. Boss shouting at him.""",
  "av", "", "lab", "H")
E("""Kinship carer (aunt) looking after her late brother's two children aged 10 and 14. The 14yo does a paper round and helps with dinner. Aunt receives child benefit and a kinship allowance which she spends on the children. Family Group Conference outcome: placement stable.""",
  "", "", "", "L")
E("""Interpreter (Urdu): She says her husband's family told her she would have a nice life in England. She says that from the first day the mother-in-law took her jewellery and her passport and gave her a list of jobs. She says she did the cleaning, cooking, ironing for eight people and was hit with a slipper if something was wrong. She says she was not allowed to telephone her parents and her husband's brother watched her when she went to the clinic.""",
  "dec doc psv iso rom", "et", "ds", "H")

E("""Worker at hand car wash in Dudley told ACAS his pay was £2 under minimum wage and one week was paid late. He lives with his wife in their own rented flat, keeps his passport, and left for another job. Referred to HMRC NMW team.""",
  "", "", "", "L")
E("""Farm worker on seasonal visa (Kyrgyz, 24) complains the piece rate on strawberries is too low to make much and rain means fewer hours. Has own bank account, scheme operator reachable, free to change farm. No forced labour indicators.""",
  "", "", "", "L")
E("""Complaint to the GLAA: labour provider in Kent deducting £35/wk for caravan and £12/wk for minibus. Caravans clean, 2 per caravan, workers can choose their own transport. Deductions shown on payslips and agreed in contract. No further action beyond advice on accommodation offset.""",
  "", "ct", "", "L")
E("""Text message to helpline: they kept my passport at the agency because they said they need to copy it and they never gave it back. now they say if i want it i must pay £200. I work in the chicken factory nights""",
  "doc", "", "lab", "M")
E("""2/B/P. Romanian males (x6) seen being dropped at Pear Tree Farm at 0430 by white Sprinter and collected 2130. Source states they pay the driver £10 a day each and never see their wages, which go to 'Costel' who gives them cash for food. Housed in a static caravan with no heating, 6 men.""",
  "eo ww ac", "ced ct ncw oa plc", "lab", "H")
E("""i work in a restaurant in soho, the boss is ok, pays cash, sometimes late but always pays. long shifts in summer. i want to know if i get holiday pay""",
  "", "", "", "L")
E("""Caseworker note – Medaille Trust. Client K (Albanian male, 26) worked in a cannabis grow in a house in Newport for 9 months. He says the Albanian men brought him from Calais and said he owes £20,000. He was shown a video on a phone of a man being beaten with a bat and told 'this is what happens to those who run'. He says he slept on a mattress next to the plants and the air made him cough all the time. Food brought weekly.

He was found when police attended the house after an electrical fire in the loft. He had burns on his forearm. Two other men ran off before officers arrived. He is in Salvation Army accommodation and says he is frightened the men will find him because they have his mother's address.""",
  "db thr ac", "saw pa", "crim", "H")
E("""Restaurant owner asked police for advice: a kitchen porter (Sudanese) he employed has asked him to hold his Home Office letter in the safe because his room was burgled. Owner wants to know if that is allowed. Worker can have it back any time. Advised.""",
  "", "", "", "L")
E("""Witness statement extract: I worked in the packhouse on the line next to Ana. She was always brought in by the same man, he waited in the car park all day. At lunch he came in and took her phone. She told me in the toilets she has not been paid since she arrived, he says he is 'keeping it safe for her wedding'.""",
  "rom iso ww", "et", "lab", "H")
E("""Nail bar licensing inspection (council). Premises clean, ventilation adequate. Three staff, all on payroll, right-to-work checks on file. One technician had no gloves – advised. No welfare concerns.""",
  "", "", "", "L")
E("""Trading Standards shared intel: Slovak couple running a 'recruitment' Facebook page charging £350 per applicant for factory jobs in Northampton that do not exist. 40 complainants. Money not refunded. Fraud – no evidence applicants travelled or were put to work.""",
  "", "uf", "", "L")
E("""Construction: Officer at scene of fall from height at site in Salford. Worker (Polish, 48) fractured leg. Employer had scaffolding in place; HSE investigating. Worker on PAYE with CSCS card, lives with family locally. Accident – no exploitation.""",
  "", "", "", "L")
E("""Waste recycling plant, West Bromwich. Anonymous caller (ex-worker) says the Latvian lads on the picking line work 12-hour shifts 7 days a week without masks among dust and broken glass, they live in a house owned by the foreman who takes rent and 'loan' repayments from their wages. 'Nobody ever pays the loan off.'""",
  "eo ac db ww", "", "lab", "H")
E("""My cousin came from Albania to work on building sites. They said £100 a day. He gets £30 and the rest goes on the house and food and a 'fee' to the man who brought him. He has to give the man his bank card. He is afraid to tell the police because he came in a lorry.""",
  "dec ww db", "ncw foa", "lab", "H")
E("""Warehouse (agency supplied, Corby). Workers say agency supervisor Mihai 'speaks for' the Romanian group at every meeting and collects their bank cards on payday to 'help them withdraw'. Workers quiet when asked directly. Agency investigating.""",
  "", "sfw ncw mbc", "lab", "M")
E("""A&E: Male 30 (Bulgarian) with crush injury to hand from machine at bakery. Employer drove him in and stayed. Patient later said he does 14-hour nights, lives in a room above the bakery with four others, and the owner deducts 'rent and food' so he receives about £80 a month. No documents on him – 'boss has them for the accounts'.""",
  "eo ac ww doc", "pa sfw oa saw", "lab", "H")
E("""Member of public: big house near me has like 8 young blokes living in it, they all go off in a van at 6 in the morning and come back really late covered in plaster dust. never see them at weekends either. van has ladders on it""",
  "eo", "ced oa", "lab", "M")
E("""Takeaway owner calls police saying a former employee is threatening to report him for 'slavery' because they disagreed over tips. Employee worked 20 hours a week, paid through payroll. Both parties spoken to. Civil matter.""",
  "", "", "", "L")
E("""Caseworker (Kalayaan). Indonesian domestic worker, 38, came with employer's family (Qatar) on ODW visa. Says she was only given bread and leftovers, had to ask permission to use the toilet, and was locked in the flat when the family went shopping. Employer holds passport. Paid nothing in the UK – employer pays her husband in Java 'sometimes'.""",
  "ac rom doc ww", "", "ds", "H")
E("""Report from member of the public: there is a homeless man who sleeps in the doorway near the bus station who told me a man offered him a job and a room and now he works on a farm but they take all his money for the room and beer. He came back into town because they dumped him when he got ill.""",
  "av ww", "", "lab", "M")
E("""Hotel chain's modern slavery lead emails police: audit of cleaning contractor found all room attendants paid above NLW, contracts in their languages, own accounts, no fees charged. One attendant asked for help with a tenancy deposit. No concerns.""",
  "", "", "", "L")
E("""Police log – traffic stop M6 J16, white Transit VRM YX66 KLD. Driver and 9 male passengers (Romanian), driver said they were going to a construction site. All men had ID, phones. 10 in a 9-seat van – driver reported for overloading. Workers spoken to alone – say they are paid weekly into their own accounts. No concerns. Vehicle belongs to a Stafford building firm registered at Companies House since 2011; director contacted by phone and confirmed the crew is working on a school extension in Kendal this week, staying in a B&B booked and paid by the firm. Two of the men showed payslips on their phones. Driver issued a TOR for overloading and the crew continued in two vehicles after the firm sent a second van.""",
  "", "", "", "L")
E("""INT 2/B/C (do not disclose to the employer): Chinese chef at restaurant in Cardiff says he paid 'snakehead' 200,000 RMB, owner holds his passport and he works 7 days, 11am to midnight, sleeping in the restaurant's basement. He is allowed to go out only with the manager.""",
  "db doc eo rom", "saw et", "lab", "H")
E("""Fishing – Seafarers' welfare charity. Ghanaian deckhand on Scottish scallop boat says he hasn't been ashore for 4 months because the skipper says he's not allowed off the boat on his transit visa; wages $500/month paid to agent in Accra; skipper shouted at him and hit him with a rope.""",
  "rom ww psv", "", "lab", "H")
E("""my neighbour is a farmer and has foreign workers in caravans in the summer. they seem happy, go to the pub, play football at weekends. just saying in case anyone thinks its like the ones on tv""",
  "", "", "", "L")
E("""Begging – report from council outreach. Group of four Romanian adults and a girl (approx 10) begging in shifts outside three supermarkets. Outreach noted an older male collects cups every hour. Girl not in school; she said she 'must bring £50' before they go home.""",
  "av ww", "", "crim", "H")
E("""Benefit fraud investigation (DWP). Eleven UC claims linked to one address and one email. Claimants are Hungarian men who say a 'friend' set up their claims and kept the bank cards to 'pay bills'. They work in a scrapyard for £20/day cash. Landlord also the scrapyard owner.""",
  "ww", "ncw mbc", "crim lab", "M")
E("""Shoplifting: three teenage boys (14–15) from Manchester arrested in Carlisle for stealing razor blades. Travelled by train with tickets bought by an adult. Phones show messages from 'Uncle T' giving lists of items and threatening 'do it or u no wat'.""",
  "av thr", "", "crim", "H")
E("""ID fraud – passport office flagged 6 applications using the same photo with different names. Linked to a print shop. Suspected ID factory. No victim identified.""",
  "", "", "", "L")
E("""Intelligence: female nominal (Slovak, 22) being used as 'bride' in sham marriage to Pakistani national in Nottingham. Source says her partner sold her to the groom for £4,000 and she is now kept in his house and has to cook and clean for his family. 2/C/P""",
  "rom", "", "ds crim", "M")

E("""Officer handover, late turn. 1) Shoplifting at Boots, suspect identified on CCTV, file to CPS. 2) Concern for welfare at 9 Elm Grove – elderly male found on floor, taken to hospital by ambulance, daughter informed. 3) DA at 31 Crane St – male and female arguing over custody of dog, no assault, both given advice. 4) Vehicle collision on ring road, no injuries. Nothing outstanding for early turn.""",
  "", "", "", "L")
E("""Officer handover. Job 1: burglary at school, scenes of crime booked. Job 2: call from a taxi driver who dropped a girl (approx 15, Eastern European accent) at a house on Harrow Rd at 3am; she asked him in broken English to call police because 'they don't let me go home' before a man paid the fare and took her inside. Address not known to us. Early turn to attend ASAP. Job 3: noise complaint, resolved. Update 06:40 from night turn: taxi firm has given the driver's dashcam footage showing the house number as 112 and a dark Mercedes on the drive, VRM partial 'LD19'. PNC shows a Mercedes LD19 FNX registered to a male at a different address in Harrow with previous for controlling prostitution (2016). Night turn did a drive-by at 05:00 – lights on upstairs, curtains closed. Early turn sergeant to brief and attend with a female officer.""",
  "av rom", "", "", "I")
E("""Family court report (Cafcass extract). Mother alleges father's family prevented her from leaving the marital home in Luton for two years, took her passport and made her do all domestic work for the household while her husband's sisters went to work. Father denies. Mother now in refuge with the child; she has her passport back via police.""",
  "rom doc", "", "ds", "M")
E("""I had to leave my husband. He didn't hit me but he watched everything – my bank, my phone, who I talked to. I still had my job and my own car. It took me years to see it as abuse.""",
  "", "", "", "L")
E("""Referral from health visitor: mother of newborn (Bangladeshi, 20, speaks little English) lives with husband and in-laws. Mother says she is not allowed to go to the baby clinic alone, husband's aunt always comes, and she has never been given money of her own. She looks exhausted; says she cooks for the whole family even the day after coming home from hospital.""",
  "rom", "et ncw pa", "", "M")
E("""Honour-based abuse – Karma Nirvana referral. Male, 22, gay. Family discovered his relationship. Father has taken his car keys and phone, he is not allowed out of the house without his brother, and uncles have said he will be 'taken back home to be fixed' and married. He fears being taken abroad this weekend.""",
  "iso rom thr", "et", "", "I")
E("""Social worker case note: Mrs Patel (74) lives with her son and daughter-in-law. Daughter-in-law says mother 'insists' on doing the cooking; mother confirms she enjoys it and has her own money and friends at the temple. Grandchildren help her with shopping. No safeguarding concerns.""",
  "", "", "", "L")
E("""i live with my boyfriend and his mum, she makes me clean the house from top to bottom every day and wont let me eat till its done. my boyfriend says i have to do it because i dont pay rent. i cant go to my mums because he has my phone and my bank card. im 17""",
  "av iso ac", "ncw", "ds", "H")
E("""Police log – 2/B/P. Family of five (Afghan) resettled under ARAP. Eldest daughter (16) reported by school as absent; home visit found her caring for disabled mother while father works long hours. Daughter has young carer assessment pending; wants to return to school. Family receptive to support. No exploitation.""",
  "", "", "", "L")
E("""Victim personal statement: For six years I lived in my brother-in-law's house as his maid. I came from Sri Lanka when I was 23 because my husband died and my family could not feed me. I was told I would help with the children and be paid £300 each month. I was paid nothing. I slept in the box room with the suitcases. Every time I asked about money he said the money is going to my mother. I found out later my mother got nothing. I was not allowed to go to the temple. I had no friends in England. I am now 29.

Her brother-in-law runs two pharmacies and is well known locally. He told officers she was 'part of the family' and that he sent her money to Sri Lanka every month. His bank records show no transfers to Sri Lanka in six years.""",
  "dec ww ac rom iso av", "", "ds", "H")
E("""Anonymous: a girl lives at the vicarage who they say is the vicar's niece from Kenya. she cleans the church and the house and does all the flowers, never seen her at the youth club. I asked the vicar's wife and she said the girl is shy and homeschooled. I dont know how old she is.""",
  "", "", "", "L")
E("""Foster carer disclosure (LADO). Foster carer asked 15yo foster child (UASC, Vietnamese) to work unpaid in her husband's nail bar at weekends 'for experience'. Child worked 10-hour Saturdays and Sundays for three months. Child has been moved. Foster carer deregistered.""",
  "av eo ww", "", "lab", "H")
E("""Anonymous report about elderly man (dementia) whose 'friend' moved into his bungalow, has put his own name on the old man's bank account and sells the old man's furniture. Old man is often heard calling for help at night and found in soiled clothes.""",
  "av", "ncw pa", "", "M")
E("""Daughter (35) is full-time carer for her mum (70, MS) and gets carer's allowance; she is stressed, says she has no life and cannot go out because mum needs her. Referral to respite services. No one is forcing her.""",
  "", "", "", "L")
E("""Forced marriage – FMU case note. 16yo British girl, father's family in Rawalpindi. Girl called FMU from a relative's phone, says the marriage is tomorrow, she has been kept in the house since she arrived and her passport and return ticket are with her grandfather. She is being watched all the time.""",
  "av doc rom", "", "", "I")
E("""Probation – OASys note. PoP convicted of coercive control. Victim (ex-wife) was made to hand over her salary each month, was not permitted to see her parents, and was punched when she disagreed. PoP has no history of exploitation for labour or sex.""",
  "ww iso psv", "ncw", "", "H")
E("""He said he's keeping my passport in case I run off with someone. I'm his wife. I stay at home with the kids, I'm not allowed a job. Sometimes he pushes me.""",
  "doc psv", "", "", "H")
E("""Local authority – unregistered children's home concern. Three Albanian boys (16, 17, 17) placed with 'family friend' in Sheffield by an adult who claimed to be their uncle. Boys say they work in the 'uncle's' car wash after school every day until 9pm and give the money to the uncle to pay 'what they owe for the trip'. One boy had a cut on his head he said came from the uncle.""",
  "av eo db ww psv", "pa", "lab", "H")
E("""Call to 101 – lady says her adult son (40) with schizophrenia lives with her and she is worried he gives his benefits to a 'friend' who comes round on payday. Son says the friend is 'looking after it'. No work or crime involved as far as she knows.""",
  "av", "ncw", "", "M")
E("""School referral: boy (12) from Eritrea living with 'older cousin' (22) in a one-bed flat. Boy comes to school hungry, says cousin goes out for days at a time, leaving him with no food or money. Boy has no phone. Neglect concern; no evidence of exploitation.""",
  "av", "pa", "", "H")
E("""Debrief (translated from Romanian): My husband's parents brought me from the village when I was fifteen for marriage with their son. I was the one who did all in the house, washing for eleven people, cleaning, food. Also they sent me with the mother-in-law to steal in shops in London. If I did not bring enough things the husband beat me. The mother-in-law kept my identity card. I never went to school. I had my first baby at sixteen.""",
  "av doc psv", "", "ds crim", "H")
E("""Neighbour: noise of shouting and a woman crying at No 6 most nights. Saw the husband lock the front door and put the key in his pocket when he went out this morning. She has not come out since and her curtains are shut.""",
  "rom", "", "", "I")
E("""Trainee solicitor – pro bono clinic note. Client (Ghanaian, 52) cleans and cooks for her sister's family in return for her room and board while her asylum appeal is pending. She says it is 'family helping family', she can come and go, and she volunteers at a food bank. She would prefer her own place. No exploitation identified.""",
  "", "", "", "L")
E("""2/C/P. Source reports male (approx 70, Irish Traveller) living on a site near Newark with a family not his own for 20+ years, does all the labouring on their driveway jobs and sleeps in a shed. Source heard he 'has never been paid a penny' and was 'found drinking in Dublin'. Nobody knows if he has family.""",
  "av ww ac", "plc", "lab", "H")
E("""Emergency call, 21:48. Girl (17) phoning from a locked bathroom, says her father and brothers are going to take her to the airport tonight to marry her off and they have her passport. She can hear them outside the door.""",
  "av rom doc", "", "", "I")
E("""Kinship foster carers (uncle and aunt) looking after nephew (13) from Nigeria after his mother died. Boy helps on the family's market stall on Saturdays with his cousins, paid £15, goes to school, has a phone. Reviewing officer satisfied.""",
  "", "", "", "L")
E("""Partner of a woman I work with keeps ringing the office to check she's there and picks her up every day. She says he's just protective. She seems OK, has her own money. Probably nothing but wanted it on record.""",
  "", "", "", "L")

E("""Boss keeps our papers 'safe' in the office, we get them back when the season ends.""",
  "doc", "", "lab", "M")
E("""They give us £20 a week pocket money, the rest he sends home for us he says.""",
  "ww", "", "lab", "M")
E("""Not allowed past the gate of the farm unless Ion drives us.""",
  "rom", "et", "lab", "M")
E("""He said he knows where my mum lives in Elbasan.""",
  "thr", "", "", "M")
E("""Girls at the massage shop on Bold St, 2 of them look underage, man locks shutter from outside at night.""",
  "av rom", "", "sex", "I")
E("""Cannabis farm discovered in loft, Vietnamese boy found inside, says 16, padlocked in, no food for two days.""",
  "av rom ac", "pa", "crim", "I")
E("""Rent and food added to my debt each week so it never gets smaller.""",
  "db", "", "", "M")
E("""Told it was a modelling job in Milan; ended up in a flat in Birmingham with men coming in.""",
  "dec", "", "sex", "H")
E("""Neighbour's teenage son mows lawns in the street for pocket money.""",
  "", "", "", "L")
E("""Auntie collects my wages from the salon every Friday.""",
  "ww", "ncw", "lab", "M")
E("""Dad has my PIP money and pays my phone bill from it, I'm fine with it.""",
  "", "", "", "L")
E("""No sign of anyone being held against their will at the premises; all staff spoken to individually.""",
  "", "", "", "L")
E("""Carer's visa worker says she can leave whenever she wants and has her own passport.""",
  "", "", "", "L")
E("""Husband would have hit her if she'd gone out, she thinks, but he never actually did anything like that.""",
  "", "", "", "L")
E("""He never got his ID back after the manager set up his bank account; the card goes to the manager too.""",
  "doc", "ncw", "lab", "M")
E("""Worker at the recycling yard lost two fingers in the baler; employer paid sick pay and HSE investigated. He says he is well treated.""",
  "", "", "", "L")
E("""Online report (transcribed as written): hi there is a lady in flat 2 she came from china to look after her sons kids but the son and his wife treat her like a slave she cooks cleans does all the laundry for 6 people and they shout at her and shes not allowed to phone her husband back home. she is about 60 and crys on the stairs""",
  "iso", "", "ds", "M")
E("""Interpreter (Polish): He says that in Poland a man in a bar told him about good work in England, free flight, house, £400 a week. In England he was taken to a house with fifteen men, mattresses on the floor. He says he worked in a sandwich factory on nights and the man took his bank card 'to pay the rent'. He got £20 each Sunday. He says when he said he will go home, the man said his flight cost £600 and he must pay first. He was hit once in the face in the kitchen in front of everyone. He says there were also two women in the house who cleaned and cooked for the men; he does not know if they were paid. He left after seven weeks with a man from the factory who drove him to the Polish church in Wolverhampton. He never got his bank card back.""",
  "dec ac ww db psv", "ncw oa", "lab", "H")
E("""Intel 1/B/P. Premises: Golden Nails, 3 Market Parade. Staff member (Vietnamese female, 18) recovered following visit; states she was brought to UK aged 16 and has worked there two years 'to pay uncle back'. She sleeps in the back room of the salon. She had no phone; manager held it. She does not know the name of the town she is in.""",
  "av db iso", "saw", "lab", "H")
E("""Agency caseworker: client (Sudanese, 25) came through Libya. Told by smugglers in Calais he would have a job and papers in the UK. Instead was taken to a house in Birmingham and told to sell drugs to pay for the crossing. He sold on the street for 5 months and was given only food. A man with a machete showed him what happens 'if you go missing'.""",
  "dec db ww thr", "", "crim", "H")
E("""Witness: I clean offices at night in Canary Wharf with a company. Our supervisor is fair and we get paid on time. One Bulgarian girl told me she has to give half her wage to the man she lives with because he got her the job. She cries a lot.""",
  "ww", "", "lab", "M")
E("""Council food hygiene visit, Indian restaurant, Derby. Inspector noticed a camp bed and clothes in the dry store and a young man who ran out of the back door. Owner said the man is his nephew visiting and 'helps out'. No one would answer questions about him.""",
  "", "saw", "", "L")
E("""Safeguarding (school): Year 8 girl says her mum's boyfriend makes her and her brother deliver 'parcels' to houses after school and that he gives them £10. She says he told her if she tells anyone he will hurt her mum.""",
  "av thr", "", "crim", "H")
E("""A grandmother (Polish, 67) brought from Poland by her daughter to look after the grandchildren while the parents work. She speaks no English, has no friends here, and says her daughter took her pension card 'so it's safe'. She says she would like to go home but daughter says she cannot afford the flight and she must stay until the children are older.""",
  "iso", "ncw", "ds", "M")
E("""man in a hi-vis at the car wash came to my window asking for food, said he hasn't eaten since yesterday, they don't pay him only give him a bed in the back""",
  "ww ac", "pa saw", "lab", "M")
E("""Victim account (Nigerian, 19, via NGO): 'My father's friend said I would go to school in London and live with his sister. When I got there, the sister said the school fee was too much and I must work first in her house. I woke at 4 to prepare breakfast for the family and go to sleep at 1. I bathed the children, I cleaned, I washed clothes. She told me if I leave her house the police will put me in prison because my visa has finished. She took my passport the day I arrived.' 'After two years the sister's husband started coming into the kitchen at night and touching me. I told the sister and she said I was lying and I was ungrateful. I left one morning when I took the children to the bus stop; a teacher saw me crying. I did not take anything with me, I was frightened they would see.'""",
  "dec eo thr doc av psv", "foa fpe", "ds", "H")
E("""MARAC minutes. High-risk case: victim (Roma, 24) assaulted by partner with a belt, strangulation reported. Partner's family also described as forcing her to beg outside stations in Newcastle and hand over the money to the mother-in-law. Children aged 2 and 4 in household.""",
  "psv ww", "pa", "crim", "H")
E("""Adult social care assessment. Mr John WILLIAMS, 48, learning disability, lives with his brother and brother's partner. They say John 'chooses' to do the housework. John says he has to clean the whole house every day and wash their car and that he 'gets told off' if he does not. He has no key to the house and his bank card is kept by his brother. He has not seen his day centre friends for a year.""",
  "av iso rom", "ncw", "ds", "H")
E("""Brother told me if I leave he will kill me and nobody will find my body.""",
  "thr", "", "", "M")
E("""Report: 'my sister married a man from Pakistan so he could get a visa, she was paid £2,000 by his family. it was her choice, now she wants a divorce and his family keep calling'. Referred to Immigration Enforcement (sham marriage). No coercion of the sister disclosed.""",
  "", "", "", "L")
E("""Hospital discharge planning. Woman (31, Ethiopian) admitted with malnutrition and TB. Says she came with an employer from Saudi Arabia as a cleaner, escaped the flat in Mayfair three weeks ago after two years, has been sleeping on a friend's floor. Says the employer's wife beat her and she ate only what the children left. She had not been paid.""",
  "psv ww ac", "pa", "ds", "H")
E("""Voice note transcribed (Albanian man, 28): 'The men say I owe them twelve thousand for the boat. I work in the grow house in Stoke, I water, I cut. If I go they go to my family in Albania, they know my sister. I don't know the address where I am, they drive me here at night with the windows covered.'""",
  "db thr iso", "et", "crim", "H")
E("""Debrief – Eritrean woman, 30. She says in Sudan a man took her and other women to a house where a doctor tested their blood. She says one woman was taken to a clinic and came back with a cut on her belly and was very ill; the men said she paid her debt with her kidney. She herself escaped before her turn. She reached UK via Italy and France.""",
  "rom db", "", "org", "H")
E("""Report – big wedding at community hall last night, heard it was arranged marriage, bride looked unhappy.""",
  "", "", "", "L")
E("""Sixth form referral: 17yo boy's father has arranged for him to marry a cousin in Bangladesh next month, but boy says he is happy with the match and wants to go. School satisfied it is arranged not forced; he has his passport and is planning to return for A-levels.""",
  "", "", "", "L")

E("""INTELLIGENCE REPORT – OFFICIAL-SENSITIVE. Grading 2/B/P.
Subject: Nominal Ardit MEHMETI (DOB 14/01/1991), Albanian national, believed resident 41 Bridge Rd, Barking.
Intelligence: MEHMETI is the partner of Ermira (surname unknown, approx 23). INT suggests Ermira is advertised on an adult services website under the name 'Bella' and that MEHMETI drives her to hotels in Essex and Kent most nights, waits outside and takes the money. Ermira was seen at a GP surgery with a bandaged wrist and MEHMETI did all the talking.
Also at address: MEHMETI's brother Luan, who runs a legitimate window-cleaning business, and Luan's wife and two children – no concerns about them.
Assessment: Ermira potentially a victim of sexual exploitation by an intimate partner.
Recommendation: safeguarding visit with a female Albanian interpreter when MEHMETI is not present; research hotel bookings linked to his phone; no approach to Luan.""",
  "ww", "et sfw pa", "sex", "H")
E("""County lines safeguarding strategy meeting. Child: Jayden (16). Found in Ipswich, 120 miles from home, with £800 and two phones. Jayden says he went 'to see mates'. Mum reports a man in a grey BMW brought him home with a black eye and said he 'owes' for a lost phone. Jayden has since been missing four times. School attendance 30%.""",
  "av db psv", "pa", "crim", "H")
E("""Referral – Barnardo's. Girl 15 (white British) in a relationship with a 24yo man who gives her lifts, cigarettes and vapes. She has been taken to 'parties' in flats where older men are present and she has been given alcohol. She told her youth worker that she 'had to' have sex with one of his friends to pay back what he had spent on her.""",
  "av psv db", "", "sex", "H")
E("""101 report, 18:12: caller says a young lad (looks 13) keeps turning up at the flat opposite, different cars drop him off, he stays 20 mins, then leaves with a rucksack. Caller thinks drugs. Flat belongs to a vulnerable woman who uses a wheelchair. Caller has seen men shouting at her on the landing.""",
  "av", "", "crim", "H")
E("""Domestic servitude: witness (ex-employee of a Bahraini royal household in Knightsbridge). Says the Filipino maids were locked in the staff quarters at night, had to be on call 24 hours, and their passports were kept by the household manager. She left after being slapped by one of the daughters. She says the maids were paid in Bahrain to their agency and received little.""",
  "rom eo doc psv ww", "", "ds", "H")
E("""my auntie in Wolverhampton has a girl from Ghana living with her who she says is a relative, she's about 14, she doesn't go to school, she cooks for all the family parties and is up before everyone. when i visited the girl ate standing in the kitchen. my auntie said she's lucky to be in England""",
  "av", "", "ds", "H")
E("""Analyst note: Two reports about the same address, 12 Derwent Close. Report 1 (neighbour): man there keeps 'his mother-in-law' as a maid. Report 2 (community nurse): mother-in-law (71) lives with them by choice, recently widowed, visits the day centre; she cooks because she wants to; has her own pension account. Assessment: no indicators found. Note: the neighbour making Report 1 is in a long-running parking dispute with the family and has made four previous complaints about them (noise, bins, a hedge, and a claim that the son runs an unlicensed minicab), none substantiated. The mother-in-law was spoken to alone with a Gujarati interpreter and said she would like 'fewer visitors from the police'. No further action; record retained under MoPI group 3 for review.""",
  "", "", "", "L")
E("""Interpreter (Vietnamese): She says she was 17 and the man said she would work in a nail salon and get £1,000 a month. She says she worked in the salon but also at night the man took her to a house where she had to sleep with men. She says she did not get money, the man said it goes to her debt of £30,000. She says he hit her on the head with a phone when she cried.""",
  "av dec db ww psv", "", "lab sex", "H")
E("""Financial investigator summary: Account held by a Lithuanian national (55) who has a learning disability shows his wages from a meat plant are transferred within the hour to an account belonging to his landlord, Vytautas. Customer withdrew nothing himself in 14 months. Landlord also holds four other cards used at the same ATM.""",
  "av ww", "ncw mbc", "lab", "M")
E("""Debrief (first person, Chinese female, translated): My aunt paid a man to bring me. In London I worked in my aunt's takeaway and also in her home. I must cook for the family in the morning, work in takeaway until late, then wash the clothes at night. I slept on the sofa. My aunt said I must work three years before I have my own money because of the cost. She kept my passport for the 'Home Office'. She said if I tell anyone, the snakehead will come for my parents. After two years I was sick with my stomach and my aunt did not take me to the doctor, she gave me Chinese medicine and said I must still work. A customer at the takeaway, an old English lady, saw I was crying and gave me a number on a paper. I called it from the takeaway phone when my aunt went to the cash and carry. The police came the next day. My aunt's son told the police I am his cousin visiting for a holiday.""",
  "db eo doc thr ww", "", "lab ds", "H")
E("""Police log: concern for welfare – children (5 and 7) left at home alone by mother working nights as a cleaner. Mother says childminder let her down. Advice, social care informed. No exploitation.""",
  "", "", "", "L")
E("""Local councillor email: 'Residents have noticed that the big house on Cedar Avenue has had many women coming and going in taxis late at night. Some think it's a brothel. I spoke to the owner who runs a night-shift nursing agency and the women are nurses. Please can you confirm nothing else is going on.' Officer checked – agency genuine.""",
  "", "", "", "L")
E("""Anonymous online: my brother in law brought a boy from our village in Pakistan as a 'servant' for his mother who is bedridden. The boy is about 16. He does her washing, feeding, toileting day and night and sleeps on the floor beside her bed. He is not paid. He never goes out. When I asked, my brother in law said the boy's father owes him money.""",
  "av eo ac ww rom db", "saw", "ds", "H")
E("""Children's Services: Boy (10) lives with his father and stepmother. Teacher notices boy is quiet and underweight. Home visit: boy sleeps in the same room as his siblings, adequate food in house, stepmother warm towards him. Weight referred to paediatrician – coeliac disease diagnosed. Case closed.""",
  "", "", "", "L")
E("""Honour-based abuse – 999 call, 23:04. Female (19) says cousins are on their way to 'deal with her' because she left home to live with her boyfriend; her uncle just phoned and said she will be dead by morning. She is at the boyfriend's flat.""",
  "thr", "", "", "I")
E("""Intel 2/B/P: pregnant female (Slovak, 20) living with in-laws in Rotherham, described by source as 'kept like a prisoner'. She is only seen outside with the mother-in-law. Source says the family claim child benefit and her UC and she has no access to any money.""",
  "rom", "et ncw", "", "M")
E("""Adult safeguarding concluded. Widower (82) 'adopted' by a young couple from his church who moved in to care for him. He is now in debt, his house has been remortgaged in his name, he is forbidden from using the phone and visitors are turned away. Financial abuse and isolation substantiated.""",
  "av iso", "", "", "M")
E("""She says that she married her husband in Nepal and came on a spouse visa. She says she works in a care home and gives all her wages to him because he says a wife must. She says she is allowed to see her friends and has her own phone. She says he has not threatened or hurt her but she wants to know her rights.""",
  "ww", "ncw", "", "M")
E("""2/C/P. Community source states that a family in Small Heath bought a 'wife' from Afghanistan for their son who has learning difficulties. The woman (age unknown) is said to do all the housework, look after the son, and is not allowed out of the house. No English.""",
  "rom", "", "ds", "M")
E("""Statement of a 15yo boy (with appropriate adult): 'I live with my nan and grandad. My nan gets money for looking after me. I do the hoovering and wash up. My grandad takes me fishing at weekends. I'm allowed out until 9.' Given in relation to an unrelated burglary where he was a witness.""",
  "", "", "", "L")
E("""Neighbour report: 'Every morning a minibus picks up about 12 people from the house, they look exhausted. At night they're dropped back after 10. One lady told me they work in a salad factory. She said the man who owns the house takes their wages and gives them £50. They have to pay him for the minibus too.'""",
  "ww eo", "ced ct ncw", "lab", "M")
E("""Midwife: woman (Albanian, 19) in labour, accompanied by a man claiming to be her husband who refused to leave. Woman has no documents; man says he has them. After birth, via interpreter, she said she had been made to 'see men' throughout her pregnancy and the man keeps all the money.""",
  "doc ww", "sfw", "sex", "I")
E("""Financial crime team: a carer employed by an agency was found to be taking cash from an elderly client's purse on each visit. Agency suspended her. Theft – police informed.""",
  "", "", "", "L")
E("""Private fostering: 16yo Albanian girl living with a 'family friend' (male, 34) in a one-bed flat. School not informed by the carer. Girl says she cooks and cleans for him and his friends and must sleep in his bed. She has no phone and has never been shown the area.""",
  "av psv iso", "", "ds sex", "I")
E("""Interpreter (Amharic): He says his cousin promised him a job in a restaurant in London. He says the cousin took him to a man who said the cost of the journey was £8,000 and he must give a kidney to pay it in Egypt before travel. He says he refused and was beaten and locked in a room for a week. Other men in the room had scars on their sides. He escaped when the door was left open.""",
  "dec db psv rom", "", "org", "H")

E("""Man outside Greggs selling the Big Issue every day, has his badge, says he lives in a hostel. Just checking he's ok.""",
  "", "", "", "L")
E("""Rough sleeper (Romanian, 50) told outreach that a man in a van offers £40 a day for demolition work, pays at the end of each day, no accommodation. He goes some days. No concerns raised by him.""",
  "", "", "", "L")
E("""hand car wash Longbridge, 6 men all day in the rain, one of them said to me he works there 7 days 8 till 8 and sleeps in the portacabin with the others, boss takes £50 a week off them for it. he asked me for a cigarette and said he's not been home to Romania for 2 years because he owes the boss""",
  "eo ac db", "saw", "lab", "H")
E("""Police log – public order. Two brothers fighting in the street over their late father's will. Both arrested, later released NFA.""",
  "", "", "", "L")
E("""Interpreter: She says she came from Morocco with her employers, a Saudi diplomat's family. She says she was told she would work 8 hours and have one day off. She says she worked from 7 in the morning until 2 at night with no day off. She says the madam hit her and pulled her hair. She says the madam told her diplomats cannot be arrested and no one would believe her.""",
  "dec eo psv thr", "", "ds", "H")
E("""Care worker (Zimbabwean, 40) via union rep: employer pays into her own account, but deducts £2,000 'training fee' if she leaves before 3 years. She wants to move to another job and is frightened of the debt and of losing her sponsorship.""",
  "db", "", "lab", "M")
E("""Takeaway – 101 call from delivery driver. Says the kitchen lad (Bangladeshi, looks 16) told him he sleeps on the kitchen floor, works every day from noon till 2am, hasn't been paid since he came, and the owner has his passport.""",
  "av ac eo ww doc", "saw", "lab", "H")
E("""Witness statement from a neighbour in Oldham. 'I've lived next door to the Hussains for 20 years. They are a big family – three generations. Their daughter-in-law from Pakistan came about three years ago. At first I saw her often in the garden. Over the last year I only see her at the window. The husband's mother does all the shopping. I heard screaming a few weeks ago and a man shouting "you will never leave this house". The kids still play in the street with mine. I don't want trouble but I'm worried about her.' 'The other daughters-in-law work at the family's warehouse and drive themselves about. It's only her I never see. Last Eid she wasn't at the party in the garden – everyone else was.'""",
  "rom thr", "", "", "H")
E("""Child (7) Nigerian, in private fostering arrangement with a family in Thamesmead since 2 months old. Social worker visit: child well cared for, attends school, loved by foster family, contact with birth mother monthly. Foster family notified council late; arrangement now registered.""",
  "", "", "", "L")
E("""Debrief: 'I am from Sudan. In Calais a man said he can put me in the lorry for free if I work for his friend in England. In England his friend took me to a car wash in Bolton. I worked every day. He gave me food and a mattress in the back room and said I will be paid when the debt is finished. After six months still no money. He said if I go to the police they will send me back to Sudan.' 'I slept in that room with three other men from Sudan and Eritrea. We washed maybe sixty cars a day. In winter our hands cracked and bled because there were no gloves. One day police came to the car wash for something else and I ran to them.'""",
  "dec db eo ww thr av ac", "saw foa pa", "lab", "H")
E("""Ex-prisoner (probation note): says while in prison his cellmate's associates told him he must hold drugs for them on release or 'your missus gets it'. On release he was given a phone and told to run a line in Hastings. He has been doing it for two weeks.""",
  "thr", "", "crim", "M")
E("""Teenager's mum calls 101: 'My son (14) has been going out at 11pm and coming back at 5. He's got cash and a new phone and I found a knife and bags of white powder in his room. He says he's got to do it or they'll hurt me.'""",
  "av thr", "ced", "crim", "H")
E("""Domestic abuse – Clare's Law disclosure requested by woman about new partner. Partner has previous for assault on an ex. Woman has no concerns at present; relationship 3 months. Disclosure made.""",
  "", "", "", "L")
E("""A young Indian man living with his uncle's family in Leicester works in his uncle's corner shop 14 hours a day, 7 days, for 'food and bed'. His visa expired. Uncle tells him if he leaves he'll report him and he'll be deported. He can't go out because 'someone must watch the shop'.""",
  "eo ww thr av", "foa", "lab", "H")
E("""Border Force, Gatwick. Two girls (sisters, 13 and 15, Kenyan) travelling with an unrelated adult female who says she is taking them to live with her in Croydon to 'help in the house' and go to school. Woman holds both girls' passports. Girls say they have never met her before. Safeguarding referral made, girls taken into police protection.""",
  "av doc", "", "", "H")
E("""My dad took out loans in my name when I was 18 and I now owe £15k. He says I must keep giving him my wages to pay it. I live at home and work at a call centre. He says if I move out he will cut me off from my mum and sisters.""",
  "ww thr", "ncw", "", "M")
E("""Intelligence 2/B/P. Male (Eritrean, 19) living in shared house managed by 'Abraham' who is also his employer at a car parts warehouse. Abraham takes £150 a week from his wages for rent of a shared bedroom with 3 others and 'transport', leaves him £30. Abraham holds his BRP card.""",
  "ww doc ac", "oa ct", "lab", "H")
E("""Safeguarding referral (GP, practice nurse). Mrs Begum (58) attended with daughter-in-law. Mrs Begum has multiple bruises at different stages of healing on her arms. She says she is a burden and 'deserves it' and that her son gets angry when she is slow with the housework. She is not allowed to collect her own pension. Safeguarding raised.""",
  "psv", "pa ncw", "", "H")
E("""Anonymous: lots of Vietnamese lads living above the nail bar on Broad St, maybe 7 of them, blacked-out windows, they all work downstairs. Owner drives them to another shop in Coventry on Sundays. They look really young.""",
  "av", "oa et", "lab", "H")
E("""Report from housing association: tenant (60) with alcohol problems has let a younger couple move in who now run his flat as a 'party house'; he sleeps on the floor of his own kitchen and they take his money on payday. He told officer he's frightened of them but he 'has nowhere else to go'.""",
  "av ac", "ncw", "", "M")
E("""Charity debrief: Polish man, 52, homeless in Gdansk. Recruited at a soup kitchen with promise of work in a UK recycling plant. In UK, 11 men in a 2-bed house in Walsall, wages paid into accounts opened in their names but cards held by the recruiter. Men walked to the plant at 5am, worked until 7pm. Those who complained were beaten by the recruiter's son. He escaped after a year with help from a Polish shopkeeper.""",
  "av dec ac ww eo psv", "oa ncw", "lab", "H")
E("""Kinship care: maternal grandmother looking after three children since mum went to prison. Grandmother says the eldest (13) sometimes babysits so she can go to bingo once a week. Assessment positive.""",
  "", "", "", "L")
E("""NRM referral extract: Potential victim (Pakistani female, 27). Married in Lahore to British national. On arrival in Bradford, husband and his family made her do all domestic work for a household of 12, gave her no money, refused her medical care for a miscarriage, and locked her in the house when they went out. Her spouse visa was dependent on him; he threatened to have her deported if she complained. She was finally put out on the street with no documents.""",
  "rom thr av ww ac", "", "ds", "H")
E("""Agency worker at a frozen food plant says he regularly works 60 hours a week by choice to send money home, gets paid overtime, and has his own room in a house he found himself. Wants to know about UK tax code.""",
  "", "", "", "L")
E("""2/B/P. Information from a hairdresser: a client mentioned that her niece (Nigerian, 17) 'came to help' her sister in Peckham and is now 'working off' her ticket by cleaning and babysitting, and 'will be paid when it's paid off'.""",
  "av db", "", "ds", "H")
E("""A&E note: Woman (Chinese, 45) with burns on hands. Says she works in the kitchen of a restaurant, lives above it, and had been working since 6am. The man who brought her in paid for taxi, then left. She has a phone and a room key. Burns consistent with hot oil accident. Declined further help; says boss is 'kind'.""",
  "", "saw", "", "L")
E("""She says her father's cousin brought her to England at 12 to be a 'daughter' to his family. She says she cooked, cleaned and looked after the babies and did not go to school. She says when she was 14 the cousin came into her room at night. She says she is 22 now and she ran away last month. She says they still have her birth certificate and the passport they made for her.""",
  "av psv doc", "", "ds", "H")
E("""INT: Chinese female (approx 30) seen in a residential flat in Edinburgh advertised on adult site. Phone answered by a male who speaks Mandarin and organises customers. Female has no English, and the flat changes weekly. Taxi driver reports driving her and another female between cities, with a man paying in cash.""",
  "av", "sfw et", "sex", "H")
E("""Social services – carer's assessment. Son (45) lives with and cares for his mother (80, dementia). He uses her pension to buy her food and pay bills; he keeps receipts and an LPA is in place. No concerns.""",
  "", "", "", "L")
E("""Interpreter (Arabic): He says the men who brought him from Iraq took him to a barber shop in Sheffield where he swept floors and cut hair 12 hours a day. He says the money for haircuts went into the till and he got nothing except a bed in the cellar. He says he had to give the man his fingerprints for a bank account and the man took the card.""",
  "eo ww ac", "saw ncw", "lab", "H")
E("""Public report: lady at the end house is always shouting at her husband, think he has dementia, she locks the front door when she goes out so he cant wander. neighbour says she loves him to bits, she is just exhausted. not sure if this is a police matter""",
  "", "", "", "L")
E("""2/C/C – source to remain anonymous. Family in Ilford said to be holding a young Indian woman (approx 25) brought to marry the son. The marriage has not taken place; she is made to cook, clean and care for the grandmother and is not permitted a phone. Source heard the mother say she will be 'sent to the village' if she is disobedient.""",
  "iso thr rom", "", "ds", "H")
E("""Sikh temple volunteer: a young man who sleeps at the gurdwara says he came from Punjab to work for a builder who never paid him. He left after 3 months. He is now free, volunteering, and wants help with his immigration status.""",
  "ww", "", "lab", "M")
E("""Foodbank volunteer: a woman said her husband makes her do sex work to pay his gambling debts and takes everything she earns. She has two children at home. She said he will take the kids to Albania if she stops.""",
  "ww thr", "", "sex", "H")
E("""GLAA: mushroom farm, Lincolnshire. Pickers (Latvian, Lithuanian) housed in a farm-owned house, 14 people, 3 bathrooms. Rent deducted per head at £95/week. Workers paid NMW, can leave, hold own documents. Accommodation overcrowded – advised farm; not a forced labour case.""",
  "", "oa", "", "L")
E("""Security guard at a hotel: a man checked in with a young woman who didn't speak, he kept her passport in his jacket and signed for her. She looked very scared and had bruising on her neck. They left in the morning with another man.""",
  "doc psv", "pa sfw", "", "H")

E("""Au pair (Ukrainian, 20) messaged the agency: host family took her phone 'because she was on it too much', she now has no way to call home. She looks after 3 kids and cleans from 7am to 10pm. They said pocket money will be paid 'at the end of the summer'.""",
  "iso eo ww", "", "ds", "H")
E("""Interpreter (Tigrinya): She says a woman at the church in Khartoum offered her a job as a nanny in Britain with a good salary. She says in London she was taken to a flat and told the job was gone and she owes £6,000. She says the woman's husband made her sleep with men in the flat to pay it. She says she does not know which part of London it was.""",
  "dec db psv iso", "", "sex", "H")
E("""Report (poor spelling preserved): the polish guys at the tyre place on Canal st sleep in the back on pallets. boss got there id cards in his draw. one told me they get paid once a month maybe £200 if they lucky and they owe him for the coach""",
  "doc ww db ac", "saw ct", "lab", "H")
E("""Intel 2/B/P: boys aged 13–15 from London children's homes being taken by 'Smokey' to a flat in Bournemouth to deal heroin and crack. Boys are told they will be stabbed if they run. Smokey keeps their phones and gives them burners.""",
  "av thr iso", "", "crim", "H")
E("""Statement: I am the wife's sister. Priya came from Chennai last year to 'help' my brother-in-law's mother who is disabled. She was told she would earn £500 a month. She gets nothing, the money goes to an agent in India 'for her debt'. She works day and night. She cannot speak English and has never been allowed to go to the shops alone.""",
  "dec ww db eo rom av", "", "ds", "H")
E("""Whistleblower from a meat processing plant: agency supervisor charges new starters £150 for boots and knives, sells jobs for £500, and takes workers' bank cards. Supervisor lives with 10 workers in a house he rents to them and drives them to the plant for £8 a day.""",
  "ww ac", "ppe uf ncw oa ct", "lab", "M")
E("""OIC update – Op JUNIPER. Male victim (Romanian, 33) in hospital after being found unconscious in a field near Spalding. He states gangmaster Vasile beat him after he asked for his wages. He says Vasile holds his passport and he was told he'd end up 'in the river' if he talked. Two other workers from the same house unaccounted for.""",
  "psv ww doc thr", "pa", "lab", "H")
E("""Pensioner (Sikh, 76) told the gurdwara committee that her son and daughter-in-law make her cook for the family's catering business from 5am every day while she has arthritis, take her pension, and won't let her visit her daughter. She is frightened to be sent to a home.""",
  "eo rom av", "ncw", "lab ds", "H")
E("""Boy (Vietnamese, 15) found in a car after police stop on the A1; driver fled. Boy had £2,000 cash and a phone with messages in Vietnamese referring to 'watering' and 'the garden'. Boy says he was brought by lorry and owes people for his journey.""",
  "av db", "", "crim", "H")

# END DATA

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh38.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            f.write(json.dumps({"id": "f38-%03d" % n, **r}, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", out)
