#!/usr/bin/env python3
"""Hand-written texts for fresh81 (intimidation/threats emphasis). Each entry: text, codes, risk flag.
codes = 'INDICATORS | SIGNS | TYPES' with short codes expanded below. Risk computed by the
stated rule unless flag '!' (immediate) or 'c' (child -> high) is given."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
D = []
def T(text, codes="||", flag=""):
    D.append((text, codes, flag))
# ---- part 1 ----
T("2/B/P INT suggests POI Arben KRASNIQI (DOB 04/07/1991) runs 3x hand car washes in the Walsall area. Workers (Albanian males) are told their families in Kukës will 'have visitors' if anyone speaks to police. Workers living above the wash on mattresses.",
  "IT AC | foa saw plc | L")
T("Caller states her cousin rang crying from a flat in Luton, says the man showed her a photo of her little brother outside his school in Lagos and said next time it would not be a photo. Cousin is made to see men at the flat. Caller does not know address.",
  "IT | | S")
T("Neighbour reports shouting from number 14 again, two men arguing about a parked van blocking a drive. One told the other he would 'sort him out'. Both British, both homeowners. Advised re civil matter.",
  "||")
T("she says that before she left Benin City the lady took her to a shrine, they cut her hair and nails and she swore she would pay back and never talk to police. She believes if she breaks the oath she will go mad or die. She has paid 'madam' from the work on the street for two years and still owes 30,000 euro.",
  "IT DB DE | | S")
T("Nail bar, Chesterfield. Two Vietnamese girls appear about 15-16. Man who drives them in each morning stands in the shop all day watching them, they look at him before answering any customer. Never seen them alone.",
  "AV RM | rmv et sfw | L", "c")
T("Manager at warehouse warned me I would lose my job if I'm late one more time. Is that allowed? I have been late 4 times this month because of the buses.",
  "||")
T("Debrief: I worked in the kitchen of the restaurant. When I asked for my money he took me to the back room and put a big knife on the table, he did not say anything, he just looked at me. After that I did not ask again. I was paid nothing for five months.",
  "IT WW | | L")
T("101 call. Male caller, Polish, says his boss at the building site told him if he leaves he will call Home Office and say he is illegal. Caller has settled status and says he knows this is a lie but the other men believe it. He says they are paid normal.",
  "IT | | L")
T("3/C/P Unconfirmed INT that occupants of a property on Grange Rd are being held and threatened. Officers attended 14/03, spoke to all four residents separately with interpreter. All hold own passports, work for a registered agency, bank statements seen in own names. No indicators identified. Result NFA.",
  "||")
T("my ex says he will put the pics of me online if I dont go back to him. he keeps messaging my sister too. we broke up in june",
  "||")
T("Safeguarding referral (school). Year 9 pupil J (14) disclosed older males give him cannabis and 'jobs' delivering to Margate. He told DSL that one of them said they know where his nan lives and that he owes them £600 because a package 'went missing'. J has been missing from home three nights this month.",
  "AV IT DB | | C", "c")
T("OIC handover: IP (Eritrean female, 24) located at address in Leicester. States controller keeps her residence permit 'safe' and says if she goes to the police she will be sent back to Eritrea and put in prison. She cleans his house and looks after his 3 children from 6am to midnight, no days off, no pay. Sleeps on kitchen floor.",
  "RD IT WW EO AC AV | dt foa lh saw plc | D")
T("heard the blokes at the farm saying theyd set the dog on anyone who walked off before the season ended. the lads are all romanian and live in static caravans 8 to a van. they get driven to the field in a minibus at 5am",
  "IT AC | oa ced et plc | L")
T("Debrief via interpreter: he says the men who brought him to the grow house showed him a video on a phone of a boy being beaten with a metal bar, and told him 'this is what happens to people who run'. He was locked in the house with the plants and food was brought once a week.",
  "IT RM PV | rmv | C", "!")
T("Caller reports a man in a dark BMW parking outside the Thai massage place on Queens Rd every night, sitting for hours, women come out to his car and hand him something. Looks dodgy.",
  "|| S")
T("GP note: pt attended with sprained wrist from fall at home. Lives with husband and 2 children. Works part time at Tesco. No safeguarding concerns raised. Denies any DV.",
  "||")
T("Probation note: POI states while on remand another inmate told him he owed £2k for 'protection' and that his mum's address was known. POI has since been released and says no further contact. Passed to prison intelligence.",
  "||")
T("A woman, Mariana, 31, from Brazil, told Salvation Army caseworker that she was recruited via Instagram to work as a 'hostess' in a London bar. On arrival she was taken to a flat in Ilford and told she owed £5,000 for the flight and visa. The men told her they had sent pictures of her working to her church at home and would send more if she stopped. Multiple men visit daily.",
  "DE DB IT | | S")
T("Council licensing inspection, takeaway, Stoke. Staff all on payroll, contracts seen, rota shows 40 hrs. One worker lives upstairs in a clean room with own lock, rent deducted at agreed rate on payslip. No concerns.",
  "||")
T("1/A/P Source reports Cristian POPESCU tells the women he manages that if they try to leave he will send the videos he made of them to their families in Calarasi. Women advertised on AdultWork, working from hotel rooms he books. POPESCU keeps all takings.",
  "IT WW | ncw | S")
T("they keep saying theyll tell immigration about my auntie who lives here without papers if I stop working at the shop. I work 7 days and they give me 50 pounds",
  "IT WW EO | lh | L")
T("Witness statement extract: I saw the supervisor grab Piotr by the collar and push him against the container, he said 'you walk out, you don't walk anywhere again'. After that Piotr kept working. I was scared too.",
  "IT PV | | L")
T("Caller says her daughter (16) is being collected by men in a silver Audi late at night and comes back with new phones and nails. Daughter told her she 'can't stop now or they'll hurt her'. Daughter is refusing to speak.",
  "AV IT | ced | S", "c")
T("My landlord said he would have me evicted if I complained again about the damp. I pay 900 a month, I have a tenancy. Is this legal?",
  "||")
T("NGO caseworker note: S (Sudanese, 19) worked on a fishing trawler out of Peterhead. Says skipper threatened to throw him overboard and say he fell if he 'made problems'. Worked 20 hours a day when at sea, passport kept by the agent in Aberdeen, paid $300 a month into account agent holds.",
  "IT EO RD WW | lh dt ncw | L")
T("Interpreter: she says the madam's brother comes every Sunday, he does not shout, he just sits in the chair near the door with his arms folded and asks how much money she made. She says when he is there nobody speaks. She gives him all the money.",
  "IT WW | ncw | S")
T("Dispute between two stallholders at the market. Mr Ahmed alleges Mr Doyle threatened to 'smash his stall'. Doyle denies. No injuries. Both advised.",
  "||")
T("INT: VRM KX19 ODT seen at 0530 daily collecting 6-8 Slovak males from HMO on Victoria St, dropping at packhouse in Spalding and collecting at 2200. Workers pay £10 a day for the lift. Minibus driver collects wages from cash machine with several cards on Fridays.",
  "EO WW | ced et ct lh mbc ncw | L")
T("Midwife note: pt, 19 wks, from Romania, attended with older male who answered all questions and said he was her 'uncle'. When he left the room pt whispered that he would hurt her mother if she told anyone anything. Pt has no ID, says uncle holds it.",
  "IT RD | sfw dt | S")
T("On the school trip a teacher told Kyle if he did that again he would be sent home. Mum complained the teacher was threatening. Reviewed by head, reasonable sanction.",
  "||")
T("victim account (translated): The boss said if I go, the bank will take my father's house in Ha Tinh because the loan for my travel is in his name. He said he knows the people there. I was working in the nail salon from morning to night and sleeping on the floor in the back.",
  "IT DB AV EO | saw lh | L")
T("Report from member of the public: 'i seen a lad about 13 on a pushbike with a older man shouting at him in a car park near the co-op, man said if he lost another bag hed break his legs'",
  "AV IT | | C", "c")
T("Cuckooing concern: housing officer visited tenant K (58, learning disability). Two young men from London staying, tenant says they told him if he tells the council they will burn the flat with him in it. Tenant sleeping in the hallway. Drug paraphernalia seen.",
  "AV IT AC | plc | C", "!")
T("Customer called to complain a hand car wash on Bath Rd charged him £25 and scratched his car. Says the lads there were rude. Wants police to act.",
  "||")
T("2/B/C INT indicates a female (poss. Chinese, 20s) working at massage parlour on Lord St was threatened by owner that her visa problems would be 'reported' if she stopped seeing clients. Handling: not to be disclosed to premises.",
  "IT AV | foa | S")
T("A man told me in the park that the people he worked for keep his passport and make him sell the Big Issue for them and they take the money. Said if he doesnt bring £40 a day they hit him. He is Romanian, maybe 50.",
  "RD WW PV IT | dt ncw | C")
T("Domestic abuse: female reports husband threatened to kill her during argument last night. No work involved, she works as a teacher. DASH completed high risk. Husband arrested.",
  "||")
T("Referral (A&E): male, 17, Albanian, attended with stab wound to thigh. Accompanied by two adult males who would not leave. Pt later told nurse through translate app the men said his family would pay for his mistakes. Says he 'works in a house with plants'.",
  "AV PV IT RM | pa rmv | C", "!")
T("Debrief: After I asked to go home to Manila, madam said she will tell the police I stole her jewellery and I will go to prison here. She keeps my passport in her bedroom drawer. I look after the house and children and I cannot go out alone.",
  "IT RD RM | dt rmv | D")
T("Public report: the car wash at the old petrol station, workers look thin and scared, one had a black eye, they never take breaks even in the rain, boss stands watching with a big dog",
  "IT PV | pa | L")
T("Officer handover: welfare check at 22 Oak Lane, report of a woman being held. Female occupant spoken to alone, states she lives with partner, works at a bank, was shouting at partner over the phone bill. Holds own documents. No concerns.",
  "||")
T("INT 2/B/P: Sham marriage arranged by POI Ravi SHARMA. Female (Latvian, 22) brought over on promise of café work, told instead she must marry a man she had never met. When she refused SHARMA told her the men who paid for her would find her and 'she would be sold to someone worse'.",
  "DE IT | | S")
T("she says they took her phone and said her children in Albania were being watched by 'our friends' so she must be good",
  "IS IT | iso | ")
T("Hi, the people who run the chip shop keep shouting at the lad who works there, the boss told him he would be fired if he gives any more free chips. He seems fine otherwise, goes to college.",
  "||")
T("Bank alert: account of customer (Indian national, student visa) receives salary from care agency and within minutes the whole amount is transferred to a third party. Customer has called branch twice with a man speaking over her. On second call she said 'he says I owe the fees for my sponsorship'.",
  "WW DB | ncw sfw uf | L")
T("Care home staff member contacted helpline: says her sponsor agency told her if she resigns they will tell the Home Office and she will be deported in a week, and she will still owe the £8,000 'certificate fee'. She works 60-70 hours every week.",
  "IT DB EO | uf lh foa | L")
T("Debrief: The man who controlled us in the grow wore a gun in his belt, he put it on the table when he counted the plants. He did not point it at me but I understood.",
  "IT | | C")
T("Neighbour says there's a big Romanian family next door, 9 of them in a 3 bed, lots of comings and goings, kids play outside. All working at the factory, they're friendly, invite us to BBQs.",
  "||")
T("POI: Grigore STAN. IP states STAN told him if he tries to leave the farm before paying his 'debt' of £3,000 for the flight and accommodation, 'his brother will have an accident' back in Romania. IP sleeps in a shipping container with 5 others.",
  "IT DB AC | oa plc | L")
T("Text from a worried gran: my grandson 15 says he cant come home because he owes the lads money for the drugs they gave him to sell and they will come to our house",
  "AV IT DB | | C", "!")
T("Hotel housekeeping supervisor to agency: the Romanian girls you send are always late, if it happens again I will ask for different staff. (Email forwarded by agency as part of audit, no further issues.)",
  "||")
T("GLAA inspection: labour provider charged new workers £150 for 'registration' and £40 for boots and hi vis. Workers live in own accommodation, paid correctly, free to leave. Licence breach recorded.",
  "| uf ppe |")
T("Victim says madam puts juju powder in the room and tells her the spirits see everything she does. If she keeps money back the spirits will tell madam and she will get sick. She gives madam every penny from clients.",
  "IT WW | ncw | S")
T("2/C/P INT: males living in derelict farm outbuilding at [location], believed to be working for gangmaster on vegetable harvest. Said to be told that police in UK will deport them if they are found. Several with no shoes.",
  "IT AC | foa plc pa | L")
T("Report from public: there's a man following a girl home from the bus stop every night, shes about 20, hes old. shes scared. i dont think she knows him",
  "||")
T("Translated account: My uncle said I am going to work in his shop in Birmingham and go to college. There was no college. I cook and clean for his family and look after grandmother all day. He says if I complain he will send me back and tell everyone in the village I am a bad girl. I am 16.",
  "AV DE IT | | D", "c")
T("Witness: the foreman kept a baseball bat behind the counter of the site cabin and used to tap it when any of the Sudanese workers asked when they'd be paid. Nobody got paid for the last 3 months.",
  "IT WW | | L")
T("Calls to 101: female says her employer at the nail salon pays her late every month and she is fed up, has told him she is leaving for another salon next week. He has apologised. Asks about her rights.",
  "||")
T("School referral: pupil (12) told teacher her mum's boyfriend said he would 'do what he did to the dog' if she told anyone what happens at home. Pupil appears unkempt and hungry. No work or exploitation disclosed. Children's Services informed.",
  "||")
T("Debrief note: IP says that the gang leader kept a photo of IP's mother on his phone and showed it to him whenever he asked to stop shoplifting. IP must bring £200 of goods a day or he does not eat.",
  "IT AC | | C")
T("PNC check on VRM FD67 XPT shows registered keeper has 11 bank cards in different names found in glovebox. Keeper states he runs a 'help service' for new arrivals. Cards belonged to men working at local meat plant, none could say what their pay was.",
  "WW | mbc ncw | L")
T("my boyfriend's dad said he would kick him out if he didnt get a job. now hes at the car wash and gets paid 11.44 an hour. is that right??",
  "||")
T("Salvation Army note: Client (Vietnamese male, 17) arrived by lorry. Says he owes £20,000 to the snakeheads and his parents mortgaged their land. He was told that if he didn't work in the cannabis house until it was paid, the men at home would take the land and his sister.",
  "AV DB IT | | C", "c")
T("The council warden asked the man to move his car and he said 'you'll regret that'. Man then drove off. Logged.",
  "||")
T("2/B/P Romanian female (approx 25) at pop-up brothel flat, Flat 3, 88 Clarence St. Male controller stays in the living room all night with the TV on, she must ask him to use the toilet. He holds the door key.",
  "RM | rmv | S", "!")
T("Victim debrief: I said to the driver that I want to stop and go home. He said 'OK, you go, but your wife will have problems.' He has a cousin who lives near my wife in Timișoara. I stayed.",
  "IT | | ")
T("Border Force: two young Nigerian women arriving LHR, both carrying identical letters for 'cleaning job' in Manchester. Accompanying male holds both passports and answers all questions. When separated one woman cried and said she swore an oath before travel and cannot speak.",
  "RD IT | dt sfw | ")
T("I work at a farm near Evesham. They pay us properly and we have the weekend off, the caravans are clean. I just want to know if I can change to another farm next season.",
  "||")
T("Officer note: Male (Pakistani, 40s) working at a takeaway, states the owner is his cousin and took his passport when he arrived to 'get him papers'. Owner told him if he makes trouble the immigration will put him on a plane. He works 11am to 3am, sleeps in the storeroom, receives £100 per month.",
  "RD IT EO WW AC | dt foa lh saw | L")
T("Report: a mum on our street had her benefits taken by her son, he has her bank card and she gets nothing. She's 80. Not sure who to tell.",
  "| ncw |")
T("INT 3/C/P: it is rumoured that a car wash on Station Rd uses workers who are threatened. Attended, staff spoken to with interpreter, all on PAYE, live with families, have own docs and phones. Nothing to suggest threats. Rumour appears to come from business rival.",
  "||")
T("NGO: she told me the boyfriend (the 'loverboy') said he had recorded her with clients and that if she left he would put it on Facebook and tag her father. She is 18, from Slovakia, he advertises her on Vivastreet.",
  "IT | | S")
T("Police log: Mrs O reports her daughter's ex-partner sent a message saying 'I know where your mum lives'. Ex has history of DA. No exploitation. Harassment crime recorded.",
  "||")
T("The man at the factory says if we join the union we'll be sacked and won't get work anywhere else in Leicester. We are paid £4 an hour cash. We work 12 hours and are not allowed to leave the floor until the boss unlocks the door at night.",
  "IT RM EO | rmv lh | L")
T("Debrief, Eritrean male 20: In Libya they held us in a warehouse and called our families so they could hear us being beaten, to make them send money. In UK now, no current exploitation. Referred for support.",
  "PV | |")
T("Caller (anonymous): the boss of the recycling yard puts his Rottweiler on a long chain by the gate when the lads are working and says it's there 'to stop them wandering off'. They sleep in the portakabin. None of them have English.",
  "IT RM AC AV | rmv saw | L")
T("Probation: PoP states his co-defendant is 'not someone you grass on' and he will be pleading guilty. PoP is adult, no exploitation disclosed. Concerns about intimidation of witness noted to OIC.",
  "||")
T("She's been told the ghosts of her ancestors will kill her mother if she speaks to police. When the officers came she would not open her mouth. Found in a flat above a shop in Leeds with 3 other women, men coming and going.",
  "IT | foa | S")
T("Council tenancy officer: flat 12 occupied by 6 adult males, all Indian, working at the same construction firm. The director visits at night, says the men owe him for visas and their wages pay it back. One man said 'he will break us if we talk'. Mattresses in every room including kitchen.",
  "DB IT AC WW | oa plc | L")
T("Just found out my employer pays me less than minimum wage, £9 an hour at the bakery. I'm British. I'm going to tell him and leave if he doesn't sort it.",
  "||")
T("1/B/C Handling: only to SIO. Source states Lindita HOXHA threatened to 'send the boys' to the family home in Durrës if the girl (17) did not go back to the flat in Bolton. The girl had run away the previous day and was located by HOXHA at a friend's house.",
  "AV IT | | S", "!")
T("Debrief: I was shown a bag of bullets and told 'one for you, one for your brother'. After that I drove the car with the drugs to Swansea every week.",
  "IT | | C")
T("Referral (Adult Social Care): Mr T (62, alcohol dependency) reports a group gives him vodka and he lets them use his flat. He says they are 'nice lads' and leaves when he wants. Some needles seen. Needs assessment for cuckooing risk.",
  "||")
T("i want to report my brother in law is threatning to report me to immigration because of the family argument about money. i am on a spouse visa and work in a pharmacy",
  "||")
T("Caseworker: the agent made her sign papers in English she could not read, said it was a job at a hotel in Dubai, instead she ended in London cleaning for a family. Employer shouts at her, says 'you will never see your children again' if she goes to the embassy. She has no day off, works 5am to 11pm.",
  "DE IT EO AV | lh | D")
T("Inspection, packhouse: workers say supervisor threatened to withhold shifts if they complained about break times. Investigated — supervisor disciplined, pay and hours within law. No forced labour indicators.",
  "||")
T("INT: VRM LR62 KHT used to transport 3 girls (approx 14-16) from children's home in Rochdale to flats in Oldham. Driver known as 'Tariq' has told staff he has friends 'inside the home' and will know if they talk.",
  "AV IT | et | S", "c")
T("Victim says her employer threatened to tell her husband in Pakistan she was with other men, which would bring shame and he would divorce her. She cooks and cleans for the employer's household, not paid, sleeps in the utility room.",
  "IT WW AC | saw | D")
T("Someone told me a guy at work got threatened by his gangmaster, but I asked him and he says nothing like that happened and he's fine. Just wanted to check.",
  "||")
T("A male (Albanian, 23) in custody for cannabis cultivation told solicitor he was told on arrival in the UK that his sister's photos were with 'the boss' and she would be trafficked to Italy if he did not stay and water the plants. He has been living in the loft of the house for 4 months.",
  "IT | saw | C")
T("Crimestoppers: manager at the Golden Dragon takeaway shouts at the staff and calls them names. Staff work long hours but seem to be paid and go home in their own cars.",
  "||")
T("Debrief note (interpreted): He says that the boss told everyone at the car wash that the police in England are the same as in Romania, they take money and then give you back to the boss. He says this is why he did not speak to the officers who came.",
  "IT | foa | L")
T("My grandad's had a kidney transplant at the QE, he's doing really well. The donor was my uncle. Just wanted to say thanks to the staff.",
  "||")
T("INT 2/B/P: Nomad male offering kidney for sale to pay debt to loan shark, has been told by loan shark that 'it's your kidney or your legs'. Contact arranged with person in Turkey who 'arranges operations'.",
  "IT DB | | O", "!")
T("Worker at hand car wash told GLAA officer his boss holds his passport 'for insurance'. He said boss is fine otherwise, pays £60 a day, he can leave if he wants but needs his passport to get another job.",
  "RD | dt | L")
T("Caller states man at hostel threatened to hit him over a stolen phone charger. Both residents. Caller not injured.",
  "||")
T("Salvation Army: P (Polish, 47, homeless) approached at soup kitchen and offered building work with a room. Now lives in a garage with 3 others, gets £20 a week and tobacco. Gang leader said if he goes back to the street 'they will find him'. Drinks heavily, leader supplies vodka.",
  "AV DE WW IT AC | plc oa | L")
# ---- part 2 ----
T("Nom VU Van Thanh seen leaving grow house at 0300 carrying bin bags. 2/B/P.",
  "|| C")
T("Girl at the nail bar said her boss will hurt her mum if she talks to me.",
  "IT | | L")
T("Boss said 'you go, your family pays'. I stay.",
  "IT | | ")
T("Lads at the car wash get 30 quid a day, boss keeps the rest for 'rent'.",
  "WW | ncw | L")
T("They lock us in at night, key is with the supervisor.",
  "RM | rmv | ", "!")
T("Woman says she cleans for the family 7 days a week and has never been paid.",
  "WW EO | lh | D")
T("Workers at the packhouse all paid weekly into their own accounts, checked by auditor.",
  "||")
T("Lost my passport on the train, need a police ref for the embassy please.",
  "||")
T("Man in town centre shouting he'll kill the pigeons. Drunk. Moved on.",
  "||")
T("She cannot tell us the address where she lives, says she is always driven there with the curtains closed.",
  "IS | iso et | ")
T("IP has only the clothes she is wearing and a plastic bag with a toothbrush.",
  "| fpe |")
T("He says they took his phone on the first day and gave it back 'when the debt is finished'.",
  "IS DB | iso |")
T("Chef kept shouting at the new waiter for dropping plates. Waiter quit next day, was paid in full.",
  "||")
T("Her 'boyfriend' tells her the police here will arrest her for prostitution if she goes to them.",
  "IT | foa | S")
T("INT: 4 x Slovak males, no English, at HMO 17 Brook Rd, no one knows what town they are in.",
  "IS AV | iso | ")
T("Officers found 5 men sleeping on cardboard in the back of the carpet warehouse where they work.",
  "AC | saw plc | L")
T("A kind lady at church offered me a job looking after her mum, she pays me £12 an hour and I have my own room.",
  "||")
T("Boy about 10 begging outside Aldi every day, a woman watches him from a car and takes the money.",
  "AV WW | ncw | C", "c")
T("Debrief (long):\nI am from Tirana. A man from my town who I knew from school said his uncle had a restaurant in London and I could earn £2,000 a month washing dishes and send money home. My father paid him €8,000 for the lorry. When I arrived in England they did not take me to a restaurant. They took me to a house near Stoke with all the windows covered. Inside there were plants everywhere and lights very hot. They said I must look after the plants and I owe them £20,000 now, not €8,000, because of 'expenses'.\n\nThey took my phone. I did not go outside for four months. Food was delivered by a man called Dritan every Sunday. Once I said I want to go and he hit me in the face with the back of his hand and said that he knows my sister walks to university every day on the same street. He said the name of the street. I believed him.\n\nI was found when the police came through the door.",
  "DE DB IS RM PV IT AC | iso rmv uf | C")
T("Report by member of public (unedited): ther is a house on hollins rd where a old lady lives with a young foreign girl who does all the cleaning gardening shopping the girl never has a day off i see her out at 6am hanging washing and still out at 11pm. the old lady shouts at her. the girl told my daughter she came from philipines to be nanny for the son but the son moved out and now she works for the mother and they never paid her since christmas and they have her passport in a drawer. she cried. she dont want police because she thinks she will be deported",
  "EO WW RD DE | lh dt foa | D")
T("Hand car wash inspection, Kettering:\nSite visited 09/05 with HMRC and fire service. Seven workers on site, all Romanian. Manager produced contracts, right to work checks and payroll for all seven; spoke to each worker without manager present using interpreter. Workers confirmed they rent rooms privately, are paid by bank transfer, one showed his banking app with wages received. Hours 8-6 with lunch break. PPE provided free. One worker complained the manager 'shouts a lot' when it's busy. Fire exit blocked by chemical drums; advice given. No modern slavery indicators found. Result: advisory letter re fire safety only.",
  "||")
T("NGO casework summary:\nMs A (Nigerian, 29) referred by a GP in Croydon. She came to the UK in 2019 on a visitor visa arranged by a 'sister' from her church who said there was a job caring for an elderly man and a university place. On arrival the sister collected her passport 'for safety' and never returned it. For three years Ms A lived in the sister's house, cooked, cleaned, and looked after the sister's four children, and at weekends was sent to clean for the sister's friends, who paid the sister. She slept on a mat in the children's room. She was told that if she left the house alone, immigration officers would pick her up because she was 'illegal now'. She had no money of her own. She attended GP after fainting; GP noted she was underweight. She does not want police involvement at present.",
  "DE RD EO WW IT RM AC AV | dt lh ncw foa pa rmv | D L")
T("Witness statement (shop owner): Every morning around half six a white Transit pulls up and drops three or four women at the nail salon next to mine. They never come out at lunch. About 9pm the same van picks them up. One of them came into my shop once to buy crisps and the driver came in straight after her and stood at the door till she paid. She had no money, he paid. I never heard any of them speak English. I don't know if anything is wrong, they might just be busy, but it didn't sit right with me.",
  "RM EO | ced et rmv lh | L")
T("3/C/P Unconfirmed. Source heard that a man named 'Big Tony' threatens workers at a chicken factory in Norfolk. No names, no location. Requires development.",
  "IT | | L")
T("Debrief: the owner of the restaurant said to me, you are lucky, the last boy who made trouble, his mother in Sylhet had her house burned. He said it smiling.",
  "IT | | L")
T("Victim account: My husband's family brought me from Mirpur after the wedding. I do all the housework for 11 people. My mother-in-law keeps my passport and my spousal visa letter. I am not allowed to leave the house without my husband or his sister. They said if I tell anyone they will send me back divorced and my father will die of shame.",
  "RD RM IT | dt rmv | D")
T("Call summary: female caller, Chinese, limited English, via Language Line. Says she is at a flat above a takeaway in Hull, came for 'massage work', the man took her passport and said she owes £15,000. She says she must see up to 10 men a day. She does not know the street name. The man is out now. She is scared he will come back.",
  "RD DB DE IS | dt iso | S", "!")
T("Hospital (ED) safeguarding: 22 year old Romanian male, crush injury to hand from machine at recycling plant. Employer brought him in, stayed, tried to answer for him. Pt says he lives in company house with 14 men, pays £70 a week rent taken from pay, paid about £40 a week after deductions. No PPE. Pt says supervisor told him if he tells hospital it happened at work he will be sacked and 'sent home in a box'.",
  "WW IT AC | sfw oa ncw | L")
T("Kidney donation enquiry: man asking a patient forum how much he could get for a kidney, says he is desperate. Moderators removed the post and gave debt advice links.",
  "||")
T("INT 2/B/P: Female (Nigerian) being offered £3,000 to 'donate' a kidney in a clinic abroad for a UK-based recipient; recruiter is holding her passport and told her she cannot go back on the deal because 'the money has been paid'.",
  "RD IT DE | dt | O")
T("Ordinary busy Saturday at the car wash, 6 lads all in uniform, prices on the board, card machine. Just flagging as my mate reckons all car washes are dodgy.",
  "||")
T("my cousin is working in a nail bar in Glasgow and she says she is fine and paid every friday, she has her own flat with her boyfriend. my mum keeps worrying because of the news",
  "||")
T("Officer note: the IP repeatedly looked at the man standing at the end of the corridor before answering anything, and eventually said 'I can't, he's there'. The man was identified as KOVAC, Marek, who arranged her 'job'.",
  "IT | | ")
T("GLAA: worker charged £25 a week for van to farm, £60 for gloves and boots deducted from first pay. Wages paid in full otherwise, workers can leave.",
  "| ct ppe |")
T("County lines: nom ('Scrappy') 16yrs found in trap house in Exeter with £800 and 40 wraps. Mum reported him missing from Lewisham 3 days ago. He said 'they'll do me if I go back without the money'.",
  "AV IT | | C", "!")
T("Victim statement: He told me there are cameras in the flat and he watches everything on his phone. He showed me me on the screen. He said if I talk to the clients about anything except business, he will know.",
  "IT | | S")
T("Our au pair from Spain has her own room, works 25 hrs, we pay her £100 a week pocket money as agreed. She wants to do a course — how do we help with the visa?",
  "||")
T("she says the woman she works for took her to a priest who made her swear on a bible with a knife on top that she would not run. She is frightened of the knife more than the woman.",
  "IT | | ")
T("Construction site, Dagenham. Romanian male says gangmaster took him to the bank to open account, kept card and PIN, he gets £100 cash a week from £500 wages. Gangmaster says he will 'report him to the police for benefit fraud' if he makes trouble, because gangmaster also claimed Universal Credit in his name.",
  "WW IT | ncw | L C")
T("Police log: woman at Tesco shouting at her teenage son that she will 'kill him' when they get home. Spoken to, mum stressed, child fine, no concerns.",
  "||")
T("Report: the brothel on Derby Rd has a man with a machete behind the reception, girls say it's 'for customers' but they all look terrified of him",
  "IT | | S")
T("Public online report: im a taxi driver i pick up same girls from a house on Woodland Ave and take them to hotels, a man pays in cash, tells me not to talk to them, girls look young maybe 15 16, one of them had bruises on her arms",
  "AV PV | pa et | S", "c")
T("Salvation Army intake: client (Indian, 34) came on a cook visa, sponsor restaurant took £12,000 'for the certificate'. Works 13 hours a day 6 days, paid £800 a month when the payslip says £2,300, told to pay back the difference in cash to the owner or his visa will be cancelled.",
  "WW DB EO IT | uf lh | L")
T("Debrief: In the house there were 12 of us on mattresses on the floor, two rooms, one toilet, and the water was often off. The man who takes us to the factory takes £50 each week for the house and £10 for the bus.",
  "AC | oa plc ct | L")
T("2/A/P Source direct: CELA, Ergys drives round the grows in a black Mercedes VRM AE21 XNP. Each gardener is shown a video on CELA's phone of a man being hit with a hammer, told 'he tried to leave'.",
  "IT PV | | C")
T("I have my own passport and my own bank card, my boss is strict about time but I can leave any time I want.",
  "||")
T("Border Force note: Albanian male 19 at Dover, tells officer he is going to a 'job in a factory', has a number written on his arm and no idea of the address. Will not say who paid for the journey. Very anxious.",
  "IS | iso | ")
T("Domestic servitude case, diplomatic household:\nWoman (Filipino, 38) left the residence of a foreign diplomat in Kensington at 2am and was found by a night bus driver. She says she had worked there four years. The family kept her passport in a safe. She was not allowed to go outside without the driver, had no phone, and was paid $100 a month which was sent to her family, she never saw it. She worked from 5am until the family went to bed. When she said she wanted to go home, the wife said she would tell the police she stole and she would be put in prison, and that the embassy would believe the family, not her. She had a burn scar on her arm which she says happened when the wife pushed her against the stove.",
  "RD RM IS WW EO IT PV | dt rmv iso lh ncw pa | D", "!")
T("Parent complaint: the football coach threatened to drop my son from the team if he missed training. He's 11. Coach says it's club policy.",
  "||")
T("Fishing, Newlyn: two Ghanaian crew, contracts seen, paid through ITF rates, living in proper accommodation ashore. Inspection satisfactory.",
  "||")
T("Fisherman (Filipino) tells port chaplain the skipper keeps the crew's seaman's books and passports on the bridge, they've not been ashore in 9 weeks, skipper says 'you leave the boat, you're illegal and immigration will lock you up'.",
  "RD RM IT | dt rmv foa | L")
T("she says that she was promised a job as a dancer in a club in Dubai but was taken to Birmingham",
  "DE | |")
T("INT: POI 'Daddy Joe' known to conduct juju ceremonies in Kent for Nigerian women prior to them being moved to brothels in Germany and UK. Oath includes not naming him.",
  "IT | | S")
T("Caller reports a builder he hired threatened to take him to court over unpaid invoice. Caller disputes the work quality. Civil matter.",
  "||")
T("Victim account: I don't have money, the boss says my money is at the office and I will get it at Christmas. It is March now. I have not had anything since I came in July.",
  "WW | | L")
T("He said the police here work for him, and showed me a photo of himself with a policeman at a party.",
  "IT | foa |")
T("Probation: PoP employed via approved scheme at recycling plant, good attendance, paid correctly, no concerns from employer or PoP.",
  "||")
T("School DSL: Y11 girl (15) seen getting into cars with older men after school, has new iPhone and designer bag. Told friend 'he says he'll send the video to everyone if I don't go to the party'.",
  "AV IT | | S", "c")
T("Debrief (translated): The boss said I must go with him to the post office to get my benefit money, he took the card after. I was working in his cousin's shop for free, he said the benefit is my wage.",
  "WW | ncw | L C")
T("Worker says agency bus picks them up 4am for a 5am start and drops them 8pm, six days a week, agency is licensed and pays overtime.",
  "EO | ced lh |")
T("Men are allowed out to the shop but only with 'Ion', who waits outside.",
  "RM | rmv et |")
T("Takeaway owner says he gave the new lad a room above the shop rent free and pays minimum wage, lad is his nephew, at college part time. Check satisfactory.",
  "||")
T("A&E: Vietnamese female, approx 17, attended with burns to forearms. Says she burned herself at a nail salon with acetone. Accompanied by older woman who says she is her aunt, would not leave. Pt would not make eye contact. Could not give address.",
  "AV IS | pa sfw iso | L", "c")
T("I was told I would be a nanny in Manchester for a rich family with good pay. I went to a house where a man made me have sex with his friends. I was 17.",
  "DE PV AV | | S", "c")
T("Press summary: Three men were jailed at Bristol Crown Court for trafficking 14 Polish men to work in recycling yards. The court heard the victims were recruited at bus stations in Poland with promises of good wages, made to live in a filthy house, had their bank cards taken, and were beaten if they complained.",
  "DE AC WW PV | ncw plc | L")
T("Email to council: a family of 7 share a 2 bed flat I own, overcrowded but they're a family, they chose it, I'm asking about fire regs.",
  "||")
T("Intel: KHAN, Imran uses threats of reporting workers' overstay to Home Office to keep 8 Bangladeshi men working at his sweet centre for £2 an hour. Men sleep in the flour store.",
  "IT WW AV | foa saw | L")
T("IP states the landlord kept telling her that if she didn't have sex with him she'd be out on the street with her baby.",
  "IT AV | | S")
T("Customer reports the man running the nail bar slapped a worker across the face in front of customers after she spilled polish.",
  "PV | | L")
T("Victim account: My boss is fine. But the man who got me the job, he rings me every day and asks for £100. He says the job belongs to him and if I don't pay he'll tell the boss I'm a thief.",
  "IT WW | | L")
T("Social worker: 'J' (learning disability, 34) spends all day at a farm owned by family friend, mucking out and working in the fields. Receives no pay, sleeps in a caravan without heating. Farmer says J 'enjoys helping'. J's PIP is paid into farmer's account.",
  "AV WW AC | ncw plc | L")
T("INT: 2/B/P. Organ trade. Contact in Birmingham recruiting Pakistani men to travel to Lahore to sell kidneys, paying £2,000 while the recipient pays £40,000. One man said recruiter warned him that if he backed out after travel costs were paid he would be 'handed to the police in Pakistan'.",
  "DE IT | | O")
T("Woman rang to say her husband takes her salary and gives her £20 a week. They argue about money a lot. She works at the NHS.",
  "||")
T("Complaint: the bar owner won't let the staff leave until the tills are cashed up at 2am. They do get paid for it. Just feels wrong.",
  "||")
T("Debrief: the gang leader in Bucharest told my mother he will take our house if I don't pay. Here I steal from shops in Oxford Street for the woman, every day, and she takes everything I get.",
  "IT WW | ncw | C")
T("he showed me on google maps my mothers house in Elbasan and said 'nice garden'",
  "IT | | ")
T("IP (Polish, 52) found living in a shed at the back of a house in Lincoln. Says he works on the family's driveways business for 'food and fags'. No ID, the family 'look after it'. They told him he would be put in jail if he spoke to police because he owes them money.",
  "AC WW RD IT DB | plc dt | L")
T("Neighbour dispute over hedges, Mrs Jones says Mr Patel threatened to 'get someone onto her'. Mr Patel says he meant a solicitor. Words of advice.",
  "||")
T("Student from Nigeria reports landlord of her shared house is keeping her deposit. She has her passport and works at Costa. Referred to Citizens Advice.",
  "||")
T("2/B/P Pop-up brothel, Airbnb, Reading. Two Romanian women, one says she can't go out because the man has the only key and 'it's not safe'. The other says she came to work here freely and can go. Man arrested.",
  "RM | rmv | S", "!")
T("Interpreter: he says the men with the van told him he must drive the car to Liverpool with the bags or they will 'visit his baby'. He has a daughter of 1.",
  "IT | | C")
T("Care worker (Zimbabwean) to union rep: the home manager said she'll 'ring the Home Office today' if I refuse the double shift. I'm doing 72 hours a week.",
  "IT EO | lh foa | L")
T("Caseworker: Client says no one threatened her and she chose to work in the sauna, she keeps 60% of her earnings and lives in her own flat. No concerns identified.",
  "|| ")
T("INT 3/D/C: Unlikely report that a man at the Sunday market forces kids to sell goods. Officers attended, kids were the stallholder's own and helping out for an hour. Closed.",
  "||")
T("He told us that the English police would shoot us if we ran because we have no papers.",
  "IT | foa | ")
T("Bank: same ATM in Wisbech used by one male with 14 different debit cards on a Friday night, each account receiving wages from the same food factory.",
  "| mbc ncw | L")
T("victim sais her mum got a call from the men in albania saying her daughter owed them and they knew what school her little sister goes to",
  "IT DB | | ")
T("I was told I had to have sex with the men who came or I would be sent to a worse place. I did not want to. He hit me when I said no.",
  "PV IT | | S")
T("My employer keeps my BRP card but I asked for it and she gave it back straight away. Just thought I should check if she's allowed to keep a copy.",
  "||")
T("Debrief: I was working at the chicken factory through the agency, but the man who rented the room to me kept my bank card and PIN 'because I don't understand English banks'. He gave me £30 each week.",
  "WW AV | ncw | L")
T("OIC update: IP (Eritrean male) disclosed in second interview that the car wash owner hit him with a hose pipe fitting when he refused to work on Sunday.",
  "PV | | L")
T("Organ harvesting referral: woman from Moldova says she was brought to UK to 'clean offices' but was taken for medical tests and told she would be taken to Turkey to give a kidney to pay the debt for her travel.",
  "DE DB | | O")
T("Girl at the hotel said her manager makes her clean 30 rooms a shift and she doesn't finish until late. She's paid per room, about £3. She said the manager warned her not to complain to the agency.",
  "IT | | L")
T("Theres a man parks up outside the house every day watching who comes and goes, my neighbour says he works for the landlord. The 3 women who live there never answer the door.",
  "||")
T("Asylum seeker (Sudanese, 25) in hotel says a man from the hotel offered him cash work at a car wash. He went twice, was paid £50 each time, decided not to go back. No threats.",
  "||")
# ---- part 3 ----
T("Intelligence report 2/B/P — OFFICIAL-SENSITIVE\nSubject: LAZAR, Florin (DOB 12/11/1986), VRM BD70 HZK.\nINT suggests LAZAR recruits Romanian males from villages around Bacău through Facebook adverts promising warehouse work at £12/hr with free housing. On arrival at Luton the men are met by LAZAR, who takes passports 'to register them with the agency'. The men are housed at 41 Sundon Park Rd (5 bed) with approx 16 others. Each worker is told he owes £450 for the flight, £120 per week rent and £15 per day transport, which is deducted before any pay is handed over. Workers receive between £40 and £80 a week in cash. Agency payslips show full wages paid into accounts opened by LAZAR, whose cards he holds. One worker who left in February was found by LAZAR at Victoria Coach Station and returned to the house; he is said to have had a broken nose. Others have been told their families at home 'will pay' if anyone goes to police.\nRecommend: develop with GLAA, financial investigation.",
  "DE RD DB WW AC PV IT RM | dt oa ct mbc ncw uf rmv | L")
T("Public report (webform, unedited):\nHELLO I AM WRITING BECAUSE I CANT STAND IT ANYMORE. THE FAMILY AT NUMBER 9 HAVE A GIRL LIVING WITH THEM SHE IS ABOUT 14 OR 15 SHE DOES NOT GO TO SCHOOL I HAVE NEVER SEEN HER GO TO SCHOOL. SHE TAKES THE KIDS TO THE PRIMARY AND BRINGS THEM BACK AND SHE IS CLEANING THE WINDOWS AND CARRYING SHOPPING ALL DAY. THE MAN SHOUTS AT HER IN THE GARDEN I HEARD HIM SAY IF SHE RUNS AWAY AGAIN THEY WILL SEND HER BACK TO THE VILLAGE AND HER FATHER WILL BEAT HER. SHE LOOKS SO THIN. THEY SAY SHE IS A COUSIN. I RANG SCHOOL AND THEY SAID SHE IS NOT ON ROLL. SOMEBODY NEEDS TO DO SOMETHING BEFORE SOMETHING HAPPENS TO HER",
  "AV IT EO | pa lh | D", "c")
T("Officer handover (nights to days):\nAttended 03:10 to report of screaming at flat 6, Carlton House. Occupants: WHITE, Gary (34) and partner JONES, Kayleigh (29). Verbal argument over Gary's gambling; Kayleigh says Gary told her 'you'll be sorry if you leave' and she wants him out. No injuries, no children present. Gary left voluntarily to his mother's. DASH: medium. Both British, both employed (Gary at the bus depot, Kayleigh at Asda). Also spoke to downstairs neighbour, an elderly Polish man, who said he has lived there 20 years and just wanted to sleep. Nothing to suggest exploitation of anyone in the block. DA referral made.",
  "||")
T("Victim debrief, Salvation Army safe house (interpreted from Vietnamese):\nShe says she is 19. In Vietnam a woman from the next village said her niece earned a lot of money doing nails in England and could arrange everything for $18,000, to be paid back from wages. Her parents borrowed from a money lender. She travelled through Russia and France, the last part in a lorry. In England she was taken to a house in Hounslow and then each morning driven to a nail bar in Reading. She worked from 9am to 8pm, 7 days. The owner said the wages were going to pay the debt and she only got £20 a week for food. She slept on a sofa in a flat with 6 other girls. She says the owner told her, 'if you go to police, they will put you in prison because you came here illegal, and your parents will lose their house'. She was allowed out only with the owner's son.\nShe had no phone of her own; the owner's son checked the phone she shared with another girl.",
  "DE DB WW EO IT RM IS AC | uf lh ncw oa foa rmv et iso | L")
T("GLAA licensing inspection report (summary):\nLabour provider supplying 120 workers to two salad packhouses in Cambridgeshire. Inspectors interviewed 22 workers (Bulgarian, Romanian, Lithuanian) privately with interpreters. All confirmed they were recruited directly without fees, hold their own ID, have own bank accounts and receive payslips. Accommodation is offered but optional; 14 workers use it, inspected and found to meet HMO standards, 2 per room. Transport is free. Workers reported long days in peak season (up to 11 hours) with overtime paid at time and a quarter and at least one day off per week. One worker complained that a supervisor had shouted at her and told her she would 'never work here again' after an argument; the provider had already investigated and moved the supervisor. Finding: compliant; one minor record-keeping issue.",
  "||")
T("Account from a man (Sudanese, 31) at a drop-in centre, written down by volunteer:\nI came to the UK in the back of a lorry. A man I met in Calais said his friend has a farm and I can work and sleep there while I wait for asylum. They drove me to a farm somewhere, I don't know where, there were many fields and no town. I picked vegetables with other men from Africa and Afghanistan. We slept in a barn on pallets. The farmer's son paid the driver, not us. When I asked for money he said the money goes for the food and my place to sleep and I still owe for the car from Calais. One evening an Afghan boy tried to walk to the road and the son drove after him with a dog and brought him back and kicked him in front of us. He said that is for everyone. After two months I ran at night across the fields and walked until I found a petrol station.",
  "DE IS AC WW DB PV IT RM AV | iso plc saw ncw rmv | L")
T("Press-style summary: A couple from Surrey were found not guilty at Guildford Crown Court of holding a Filipino housekeeper in servitude. The jury heard evidence that the housekeeper had her own room, a phone, a bank account in her own name and two days off a week, and that she had complained about the couple to a friend after a dispute over a pay rise. The judge directed that there was no evidence of threats or restriction.",
  "||")
T("Case notes, local authority children's services:\nLB (15, white British) has been missing 6 times since September. Returned on each occasion from addresses in Bournemouth. Return home interview: LB disclosed an older male known as 'K' gave him a phone and told him to 'do shifts' selling crack in Bournemouth. LB says he was robbed of £300 of drugs and K told him that was now his debt and that he'd 'come round to his mum's house with his boys' if it wasn't paid. LB was made to sleep in the flat of a woman who uses drugs. LB has a cut to his hand he says was from 'a knife, messing about'. Mum reports LB is terrified and won't leave his room. Strategy meeting convened; NRM referral submitted.",
  "AV DB IT AC PV | pa | C", "c")
T("Call summary 999: female caller whispering, says she is in a flat in Sheffield, she doesn't know the address, the man has gone out and locked the door, he said he'd kill her if she tried to leave again. She has been made to see men for money. Call dropped after 2 mins. Cell site being requested.",
  "RM IT IS | rmv iso | S", "!")
T("Debrief: I come here to work on a boat, the agent in Manila said good money, $1,500 a month. On the boat the skipper said my contract was different, $500, and he take $200 for the agent fee. We fish 18, 20 hours when the weather is good. I cannot go on land because the skipper has my passport and says the port police will arrest me. When I was sick he said no work no food.",
  "DE WW RD EO IT RM AC | dt lh foa uf rmv | L")
T("Probation — Offender Manager note:\nPoP (Albanian, 22) serving sentence for production of cannabis. Disclosed during supervision that before the arrest he had been 'given' the job in the grow by a man in London to pay off £15,000 owed for his journey. He says the man told him that while he was in prison his debt would keep growing and that his younger brother in Shkodër would 'start paying' if he didn't. He is due for release and deportation consideration. He appears very anxious about release. Referred to First Responder for NRM; s45 defence not raised at trial.",
  "DB IT | | C")
T("Online report (Facebook group screenshot sent to police): 'anyone else noticed the blokes at the car wash on the ring road never go home?? there's a caravan round the back with blacked out windows and they're there at 7am and 9pm. boss drives a range rover. one of them asked me for a cigarette and said he hadn't been paid since summer. he looked proper scared when the boss came over'",
  "WW EO | saw lh ced | L")
T("Statement from the owner of a legitimate car wash: I've read the reports about car washes. My lads are all on PAYE, I pay £12 an hour, I don't keep anyone's passport and I drive them home myself if it's late because the buses stop. Nobody lives on site. Please stop sending people round here to film.",
  "||")
T("A&E triage: male 40s, Indian, fell from scaffolding at a house extension. Colleague brought him in. Pt is a self-employed builder, own van, lives with wife and kids in Slough. Fracture L wrist. No safeguarding concerns. RIDDOR query passed to employer.",
  "||")
T("she says they never hit her. they only said if she stops they will tell her husband in Romania what work she is doing. this was enough.",
  "IT | | S")
T("Interpreter's note: he says 'I am not a prisoner, I can walk to the shop, but if I go to the shop and don't come back they will go to my mother'.",
  "IT | | ")
T("INT: Girls at 'Oriental Spa', Mill Lane, live on site, sleep on the massage tables after closing. Manager 'Lily' holds passports. 2/B/P.",
  "RD AC | dt saw | S")
T("Mum worried because her daughter's boss at the hair salon told her she would be 'dealt with' if she didn't work Saturday. Daughter says it was a joke and she has Saturdays off anyway.",
  "||")
T("Debrief: They said if I don't carry the drugs in my body on the plane they will cut off my brother's fingers. They sent a picture of a finger.",
  "IT | | C")
T("Boss always with us, even in the toilet queue at the service station.",
  "RM | rmv |")
T("Bloke at the gym says he gets people jobs in care homes for £3k fee. I don't want to pay, is that allowed?",
  "||")
T("Nurse note: patient (Nigerian, 23) booked for kidney 'donor assessment' with a man claiming to be her cousin. Man paid in cash and answered all questions. Patient later said she had been told she was coming to the UK to study and only found out about the operation at the airport. She said the man has her passport.",
  "DE RD | sfw dt | O", "!")
T("Victim (Chinese, 40s) says she works in a takeaway kitchen in Swansea from 10am till 1am, 7 days, sleeps in a room above with 3 other workers, and has been told she'll be paid 'when she has worked off the snakehead money'.",
  "EO DB WW AC | lh oa | L")
T("Two men in a white van have been knocking on old people's doors offering to do their gutters and then charging £2,000. One of the workers is a young lad who seems very quiet and dirty, the older man shouts at him and he never speaks.",
  "| pa | L")
T("Work coach, Jobcentre: claimant (British, 23, autistic) says 'his mates' have his bank card and PIN and take his Universal Credit each month, he gets £20. They also make him carry bags for them to other towns.",
  "AV | ncw | C")
T("Text message to Modern Slavery Helpline: pls help I am at farm in kent they keep my passport and say police will deport me i have no money",
  "RD IT | dt foa | L")
T("2/B/P: POI 'Mama Rose' known to send voice notes to the families of women in her houses, naming the family members and saying what they were doing that day.",
  "IT | | S")
T("Council housing: 3 bed semi rented to 'the Ali family', found 15 Bangladeshi males sleeping in shifts, 'hot bedding', all work at a textile factory owned by the landlord. They said they pay £40 a week rent out of £150 wages that the landlord hands out in envelopes.",
  "AC | oa plc | L")
T("I was threatened with a knife on the way home by two teenagers who wanted my phone. Please can I have a crime number.",
  "||")
T("The girl said the boss said she would 'disappear' like Nadia if she told. Nobody has seen Nadia since May.",
  "IT | | ")
T("Witness: He keeps a cricket bat by the door of the flat where the girls work and he taps it on the floor whenever they come back from a client.",
  "IT | | S")
T("He had a picture of my son's school on his phone.",
  "IT | | ")
T("Visa enquiry: I'm on a skilled worker visa at a care home. My employer is good, I'm paid properly but my visa runs out next month and they're renewing it. Do I need to worry?",
  "||")
T("Debrief: The man said the police would not help me because I was a prostitute and they would take my children. He said this many times. I believed him for three years.",
  "IT | foa | S")
T("INT: Cuckooed address 14 Fern Close. Occupier (vulnerable female, heroin dependent) told if she calls police she will be 'stabbed up', dealers sleep in her bedroom, she sleeps on the sofa.",
  "AV IT | | C", "!")
T("Caller says the supervisor at the chicken factory is 'a bully' and shouts at the Polish workers to work faster. Workers are on agency contracts and paid correctly as far as caller knows.",
  "||")
T("IP states 'they said if I try again to run, next time not my leg, my head'. IP has a healing fracture to the leg.",
  "IT PV | pa | ", "!")
T("we are 9 men in the house. the owner says we pay him £5,000 each for visa and he keep the salary until it is finished. he also said anybody who speak to the police will be finished",
  "DB WW IT | uf ncw | L")
T("Employee at a nail bar says her employer once threatened to cut her hours after she was rude to a customer. She has a contract, holiday pay and her own flat. She's just unhappy there.",
  "||")
T("Safeguarding (school nurse): Y8 girl (13) told nurse she has a '21 year old boyfriend' who picks her up from the park and takes her to parties with his friends where she has to 'do stuff' with them. He told her if she tells her mum he'll tell everyone she's a slag and share her pictures.",
  "AV PV IT | | S", "!")
T("Probation: PoP is a gangmaster convicted of MSA offences. During interview he maintains the workers were 'free to go'. Victim statements in file contradict this (passports in his safe, men locked in the farmhouse at night). File note only.",
  "RD RM | dt rmv | L")
T("Border Force, Stansted: young Romanian female travelling with older male, she had no idea what job she was going to, he had her ID card in his pocket and her phone. She said 'he is my boyfriend, he will look after me'. Safeguarding interview requested.",
  "RD IS | dt iso |")
T("Housing officer: elderly tenant (84) says grandson moved in and takes his pension every week, tenant says he doesn't mind. Tenant well fed, house clean.",
  "| ncw |")
T("The boss made us work 3 days without sleep when the order came, he said anyone who stops gets no money for the week.",
  "EO IT | lh | L")
T("Debrief extract: 'She said the spirit of the oath is inside me and if I lie to the police my womb will dry up.' She would not give the madam's name for two months.",
  "IT | | ")
T("INT 2/B/P: Eastern European women advertised on escort site under same phone number +447700900123, all 'new in town', moved weekly between Airbnbs in Cardiff, Newport, Bristol. A male pays for the bookings and drives them. Phones are collected at night.",
  "IS | iso et | S")
T("Worker at the factory says the job is hard, 12 hour nights, but his own choice and paid overtime, he wants to save for a house in Poland.",
  "||")
T("Client told caseworker that the restaurant owner told all the staff he has 'friends in the Home Office' and could get any of them removed with one phone call.",
  "IT | foa | L")
T("I gave a man in Pakistan my kidney because my family owed money to the landlord. I came to the UK later, now I am sick and I am scared to tell the doctor.",
  "DB AV | foa | O")
T("Hotel reception reports man booking rooms for girls who look under 16, he pays cash, stays in the car outside, different men go up to the room.",
  "AV | | S", "!")
T("A Slovak family rang to say a man who drove them to the UK is now demanding £3,000 more and saying he will 'tell the social' to take their kids if they don't pay. They have not worked for him. Harassment/blackmail.",
  "IT | |")
T("He says the supervisor is fine but the transport man charges £70 a week to drive him to the warehouse, more than he was told. He is thinking of getting a bike.",
  "| ct |")
T("The woman keeps my passport because she says I will lose it. I sleep in the kitchen, I work for her family every day, she gives my salary to my father in Ethiopia, I never see money.",
  "RD AC EO WW | dt saw lh ncw | D")
T("Modern Slavery Helpline log: Caller (landlady of B&B) reports a group of 6 young Vietnamese men staying one night with an older Vietnamese man who holds all their passports and did all the talking. In the morning they were collected at 5am by a van with blacked out windows.",
  "RD | dt sfw ced et |")
T("Complaint: my manager at the call centre said 'if your stats don't improve you're out'. I think this is harassment.",
  "||")
T("The lads I work with on the site say the ganger keeps a pistol in the glovebox. He showed it once when Marius said he was going home.",
  "IT | | L")
T("3/C/C INT (do not disclose to housing provider): male seen watching over women at a flat above the launderette, sits in stairwell every evening, women go quiet when he coughs.",
  "IT | | ")
T("Pupil told teacher her father said he'd take her to Pakistan to marry her cousin whether she liked it or not, and would take her passport so she couldn't come back. She is 15.",
  "AV IT | | ", "c")
T("Police log: woman reports her 17 year old son's friend threatened him over a PlayStation game. No injuries. Parents spoken to.",
  "||")
T("Victim account: Every Friday the boss drove us to the cash machine, we put in the card and he took out the money, he gave us £30 and kept the card. If someone complained he reminded us his cousin lives in our village.",
  "WW IT | ncw et | L")
T("NGO outreach: street homeless Romanian man says a group pays him £5 a day to beg outside the station and take the rest; they told him they'd hurt him if he moved to another pitch.",
  "AV WW IT | ncw | C")
T("Interpreter: she says that she is free now, she lives in a women's refuge, nobody is threatening her, she wants to study English.",
  "||")
T("She said she was 'gifted' to the man's wife to help in the house when she was 12 and has been there nine years without wages. She is not allowed a phone.",
  "AV WW IS | iso | D")
T("Victim debrief, translated from Polish:\nThe agency in Poland promised 'packing in a factory, €10 per hour'. In England there was no factory, they put us in a house and every morning a man named Zbigniew drove us to fields to pick strawberries. We paid him for the house and for the car, he said. When we asked to see our pay slips, he laughed. After the first week he took all of our ID cards, he said the farm must copy them. He never gave them back. When Tomasz said he would walk to the police, Zbigniew broke his phone and told him that Polish people in England who go to police get arrested for working black. We believed him because we did not know.",
  "DE WW RD IT IS | ct dt ncw foa iso | L")
T("Call summary: elderly woman says her carer has been threatening to leave her if she doesn't get a pay rise. Carer is from an agency. No exploitation.",
  "||")
T("INT: Three Albanian females at flat 22 Kings Court, working as escorts. One told an undercover officer that the man who 'manages' them took photos of her family house on his last trip home and shows them to her.",
  "IT | | S")
T("I have been working on a building site for a man for 3 weeks, he was supposed to pay me Friday but he says next week. I've done cash work with him before and he always paid.",
  "||")
T("A student from Malaysia said her passport was stolen from her room at halls. She has reported it and the embassy is issuing an emergency document.",
  "||")
T("The uncle who brought him from Kabul said he must work in the car wash and give all money to pay back the travel. He is 16.",
  "AV DB WW | ncw | L", "c")
T("Everything fine at the Thai restaurant — owner's family works there, long hours but it's their business.",
  "||")
T("Caller reports three men pacing outside a house on Nelson St, one with a baseball bat, shouting 'come out'. Gang feud. Units dispatched.",
  "||")
T("Girl 16 told youth worker the man she stays with makes her hold drugs in her bra and said if she gets caught and talks he will 'let the boys have her'.",
  "AV IT | | C S", "!")
T("Farm worker (Nepali, 27, seasonal visa) says the recruiter in Kathmandu charged him £4,500 and he is still paying it back from his wages. The farm itself treats him fine.",
  "DB | uf | L")
T("Debrief: 'The man who found me on the street in Manchester gave me a bed and some drink. Then he said now you must work for me to pay for the bed. He had a photo of my daughter from my Facebook.'",
  "AV DB IT | |")
T("GP: patient (Lithuanian, 45) attends with chest infection, lives with 10 others in 3 bed house arranged by his 'boss' who takes rent from his pay; says boss is 'okay' and he can leave if he wants. Given leaflet.",
  "AC | oa |")
T("Intel log: Couple running a B&B in Blackpool employ two Thai women as cleaners, women live in the cellar, never seen outside, owner's wife collects their post.",
  "IS AC | iso plc | L")
T("She was told her visa would be cancelled if she spoke to the inspector. Her employer stood beside her during the interview.",
  "IT | sfw foa | L")
T("The owner's son threatened to smash my car after I reversed into his gate. It's on camera.",
  "||")
T("Statement (Eritrean, 18): I was put in a room with no window in a house in Birmingham. The man said I must wait there until the boss comes. He took my bag and my phone. For two weeks I did not go outside. The men who came to the room had sex with me. They said if I scream they will kill me.",
  "RM IS PV IT AC | rmv iso fpe | S")
T("2/A/P: Source states that the gangmaster 'PETROV' collected all workers' bank cards and PINs on the first day at the packhouse and draws cash every Friday from the ATM at Lidl. Workers get £50.",
  "WW | mbc ncw | L")
T("No restriction found: women at the massage parlour have own keys, come and go, own phones. One says she's paying off a loan to a friend, not to the parlour.",
  "||")
T("Care home manager reports to GLAA that a new worker said her previous agency in Newcastle took her passport and charged £600 for 'uniform and training'. She now works directly for the home.",
  "RD | dt ppe uf |")
T("Debrief: 'He didn't need to lock the door. He told us the people in the village were his friends and would bring us back. We had no money and no English.'",
  "IT AV | |")
T("County lines referral: 14-year-old found in a flat in Aberystwyth with a male adult who has his phone. Boy has no money, no change of clothes, has been there a week.",
  "AV IS | iso fpe | C", "!")
T("Man outside the job centre offering 'cash work, no questions' to homeless people. Three men got in his van. Seen again the next day dropping them at a hand car wash.",
  "| et | L")
T("Passport queried at Heathrow, Indian national had overstayed by 2 years working as a chef in his own restaurant. Removal proceedings. No exploitation identified.",
  "||")
T("Debrief: 'My employer in Leeds wasn't violent, but his wife said every day if I leave she will make sure I never get another visa and my family will know I'm a thief.'",
  "IT | | D")
T("Witness says she was in the cafe when a man came in and put a photo on the table in front of the waitress, said 'your sister looks like you', and walked out. The waitress went white.",
  "IT | | ")
T("Mrs D (91) pays her Polish cleaner £15 an hour, she's been with her 8 years, is like family. Her son wonders if he needs to check anything.",
  "||")
T("Organ trafficking: man (Egyptian, 30) tells NGO he sold a kidney in Cairo after traffickers promised him a job in the UK; he was never given the job and never received the promised payment.",
  "DE WW | | O")
# ---- part 4 ----
T("Witness statement (neighbour, retired), typed from handwritten:\nI have lived on Alder Road for 30 years. Since about last Easter the house opposite, number 27, has had a lot of young men coming and going, I think Vietnamese. The curtains upstairs are always shut and there is a humming noise day and night and my grandson says it smells of skunk. I have only ever seen two of the young men outside, and only when an older man in a grey Lexus comes, he takes them somewhere for an hour and brings them back. The younger one waved at me once and the older man shouted at him and pushed him in the back towards the door. Last week I heard someone banging on an upstairs window from the inside at about 2 in the morning. I rang 101 but nobody came. I am not one to interfere but I am worried one of them is a child. He doesn't look more than 15.",
  "RM PV AV | rmv et | C", "!")
T("Financial crime alert (bank):\nCustomer profile: female, 24, Romanian, account opened in branch 3 months ago accompanied by a male who presented as 'translator' and gave his own mobile number as the contact. Since opening, the account has received payments from 30+ individuals, typically £80–£150, between 22:00 and 04:00, with references such as 'massage' and emoji. Funds are withdrawn daily at ATMs in the same two locations by a card also linked (via device ID) to four other accounts belonging to young Romanian women. Online banking logins come from the same phone for all five accounts. Customer has never contacted the bank herself. Assessment: strong indicators of sexual exploitation with control of earnings by a third party. SAR submitted.",
  "WW | ncw mbc sfw | S")
T("Debrief (Albanian male, 24), via interpreter:\nHe says he came on a small boat in 2022 and was met in Kent by a man who said he had work painting houses. For a month it was true, he painted houses and was paid £50 a day in cash. Then the man said the 'real' job was in a flat in Coventry looking after plants, and that he owed £4,000 for the boat which had to be paid first. He refused. The man did not hit him. He showed him a video on his phone of a cousin of the interviewee, in Albania, standing outside his house, filmed from a car, and said 'Coventry or Elbasan, your choice'. He went to Coventry. In the flat, the door was locked from outside with a padlock and the windows were boarded. Food came every few days. He was there 5 months when police raided.",
  "DE DB IT RM AC | rmv | C")
T("School safeguarding log, long entry:\nMon — Y10 pupil A (15) arrived late, hood up, refused to remove. Later disclosed to pastoral lead that he had been 'jumped' by older boys for 'losing a package' and they had taken his phone and his Nike trainers. He said he had been doing 'runs' to Ipswich for 'a guy called Tank' since summer and gets £50 a run. He says Tank told him the debt for the package was £1,200 and that he would have to work it off and if he went to police 'Tank's boys know where your sister goes to school'. A's mum is unaware. Injuries: graze to cheek, bruising to ribs.\nTue — A absent.\nWed — Mum reported A missing overnight. Police informed; DSL attending strategy meeting; NRM referral by social worker.",
  "AV PV DB IT | pa | C", "!")
T("Council environmental health visit, food factory, Bradford (long):\nUnannounced visit following complaint from former employee alleging 'slave conditions'. We inspected the production floor, staff room, records and the accommodation the company rents to 8 staff. The production floor was clean and PPE (hairnets, gloves, boots) was issued free from a stocked cupboard. We interviewed six workers privately, four with an Urdu interpreter. All said they had contracts, were paid into their own bank accounts and showed payslips on their phones; hours were 8 to 4:30 with a 30 minute break, overtime voluntary. The accommodation, a 4 bed house, had 2 per room, working kitchen, no damp. One worker complained that the manager 'threatens to dock our pay' if we are late; payslips show a £10 lateness deduction on two occasions, which we will raise with the company as a contractual matter. The former employee was dismissed for theft and has a pending tribunal claim. No indicators of forced labour identified.",
  "||")
T("Victim statement (Nigerian woman, 27), written by her support worker in her words:\nBefore I travelled, Auntie took me to the native doctor in Edo. He cut my skin on my back with a blade and rubbed something in it, and I swore that I would pay Auntie €35,000 and I would never tell the police or anyone about her. He said if I break the oath I will run mad. In Italy and then London I worked on the street and then in flats. Every night I gave the money to Auntie's sister. I never kept any. When I got sick and could not work for two weeks, Auntie's sister said the debt was now €40,000. She told me the native doctor had called to say he could see I was thinking of running, and that my mother in Benin would fall sick first. My mother did fall sick. I believed it was because of me.",
  "IT DB WW PV | ncw | S")
T("Call summary (101, translated via Language Line):\nCaller (Polish male, 38) says he wants to report his employer at a recycling depot in Wolverhampton. He says the employer is a bad man and shouts, and that last month he was paid £200 less than his payslip shows and the employer said it was for the broken forklift. Caller says he has his documents, rents his own room and has a new job starting next week at another firm. He wants his £200 back and advice. Advised to contact ACAS and the Pay and Work Rights helpline. No indicators of modern slavery: caller free to leave, controls own wages and documents.",
  "||")
T("Officer's handover, long:\nAttended the Lotus Nails salon on the High St with licensing. Three workers present. Two (Vietnamese, 30s) showed BRPs, said they own the shop with their husbands; payroll and accounts in order. The third, a girl who said she is 18 but looks younger, had no ID and said the boss 'keeps it at home'. She says she lives with the boss's family, does the nails 10 till 8 and then cleans the boss's house, she has been in UK 'maybe one year', does not know the address of the house, and is given 'pocket money'. When asked if she can leave she looked at the door, where the boss's husband was standing, and said 'yes, yes, I can'. Boss's husband repeatedly tried to answer for her. She was removed to a place of safety, age assessment requested.",
  "RD IS WW EO AV IT | dt iso lh ncw sfw | L D", "c")
T("Hi, my sister is working in a hotel in Cornwall this summer. She just said her manager is 'a bit scary' because he yells at everyone during breakfast service. She's happy otherwise and paid fine.",
  "||")
T("Man at the door of the pop-up flat said 'no one goes out tonight'.",
  "RM | rmv | S", "!")
T("Quiet at the warehouse, agency staff clocking in and out, canteen full, nothing unusual.",
  "||")
T("IP states her employer 'only' threatened her once, saying he'd tell her mum she was working in a massage place, and that this is why she kept going.",
  "IT | | S")
T("Victim says the boss told them if one of them ran, the rest would have their debts doubled.",
  "IT DB | |")
T("Student was upset because her landlord said he'd report her to the university for a noise complaint. Nothing else.",
  "||")
T("He came with one small bag and has been at the farm nine months. No phone, no ID, no bank card. The farmer says he 'looks after' all that for him.",
  "RD IS WW | fpe iso dt ncw | L")
T("Police log: report of threats between rival taxi firms over a rank. Drivers all self-employed. Words of advice given.",
  "||")
T("Debrief: the driver always locked the van doors when he drove us to the salon and took the key.",
  "RM | rmv et | L")
T("Family says their son (Indian, 26) was promised an IT job in the UK by an agent who took £9,000. He is now working in a warehouse through a normal agency on minimum wage, paid properly, and the family want the agent investigated for fraud.",
  "DE | uf | ")

def build():
    out = []
    for n, (text, codes, flag) in enumerate(D, 1):
        parts = (codes + "||").split("|")[:3]
        ind = [IND[c] for c in parts[0].split()]
        sig = [SIG[c] for c in parts[1].split()]
        typ = [TYP[c] for c in parts[2].split()]
        if "!" in flag:
            risk = "immediate"
        elif "c" in flag or "physical_sexual_violence" in ind or "sexual" in typ or len(ind) >= 3 \
                or ("intimidation_threats" in ind and "restriction_of_movement" in ind):
            risk = "high"
        elif ind or typ:
            risk = "medium"
        else:
            risk = "low"
        out.append({"id": "f81-%03d" % n, "text": text, "indicators": ind, "signs": sig,
                    "exploitation": typ, "risk": risk})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh81.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "texts ->", path)

if __name__ == "__main__":
    build()
